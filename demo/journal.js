// The demo journal's own behaviour: a note loaded without a page reload and views switched with
// history.pushState, as web journals do. Every note is invented.

const NOTES = [
  'Uppföljning. Patienten berättar att hon har sålt sex via en sugardejtingsida under hösten. ' +
    'Hon är 19 år och vill prata med någon anonymt.',
  'Telefonkontakt. Patienten förnekar sex mot ersättning. Inga tecken på människohandel. ' +
    'Hon har frågor om preventivmedel.',
  'Samtal om relationer. Patienten identifierar sig som hbtq-person och vill ha kontakt med en ' +
    'mottagning för unga.',
];
let next = 0;

function loadNextNote() {
  const history = document.getElementById('history');
  const item = document.createElement('li');
  item.textContent = NOTES[next % NOTES.length];
  history.prepend(item);
  next++;
}

function show(view) {
  for (const name of ['anteckning', 'historik']) {
    document.getElementById(`view-${name}`).hidden = name !== view;
  }
}

document.getElementById('next-note').addEventListener('click', () => {
  loadNextNote();
  history.pushState({ view: 'historik' }, '', '?vy=historik');
  show('historik');
});

for (const link of document.querySelectorAll('[data-view]')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const view = link.getAttribute('data-view');
    history.pushState({ view }, '', `?vy=${view}`);
    show(view);
  });
}

window.addEventListener('popstate', (event) => show(event.state?.view ?? 'anteckning'));
document.getElementById('save').addEventListener('click', () => {
  document.getElementById('save').textContent = 'Signerad (demo)';
});
