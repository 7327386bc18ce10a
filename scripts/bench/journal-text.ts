/** Seeded, invented journal-like Swedish text for the matcher benchmark. No real patient data. */

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Invented journal sentences; two are false-positive traps (staff escort, sexual health). */
const SENTENCES = [
  'Patienten söker för buksmärta sedan tre dagar, afebril och opåverkad.',
  'Status: cor regelbunden rytm, inga blåsljud. Pulm vesikulärt andningsljud bilateralt.',
  'Bedömning: sannolikt gastrit, ordineras protonpumpshämmare i fyra veckor.',
  'Återbesök vid försämring eller feber. Mamma med på besöket.',
  'Röker ej, alkohol sparsamt enligt AUDIT. Sover dåligt sedan någon månad.',
  'Stukad fotled efter fotbollsträning, svullnad lateralt, röntgen utan fraktur.',
  'Kontakt med kurator bokas till nästa vecka. Provtagning: CRP, blodstatus, elektrolyter.',
  'Uppger stress i skolan och på arbetet, önskar samtalskontakt.',
  'Läkemedelslista genomgången och uppdaterad tillsammans med patienten.',
  'Sexuell hälsa: preventivmedel diskuterat, önskar p-piller, klamydiatest taget.',
  'Blodtryck 128/82, puls 72, saturation 98 procent på luft.',
  'Remiss skickad till ortopedmottagningen för vidare bedömning.',
  'Vaccinationsstatus enligt barnvaccinationsprogrammet, inga anmärkningar.',
  'Patienten informerad om provsvar per telefon, inga frågor.',
  'Hereditet för diabetes typ 2 på fars sida, ingen känd hjärtsjukdom.',
  'Nutrition: äter tre mål om dagen, vikt stabil sedan förra besöket.',
  'Smärtskattning VAS 4 i vila och 7 vid belastning.',
  'Planering: uppföljning hos distriktssköterska om två veckor.',
  'Eskort till röntgen med undersköterska.',
  'Tolk via telefon användes under hela samtalet.',
];
const TRIGGERS = [
  'sex mot ersättning',
  'sexköpslagen',
  'människohandelsbrott',
  'hbtq-personer',
  'prostitutionen',
  'förnekar sex mot ersättning',
  'sugardejting',
  'manniskohandel',
  'grooming',
  'våldtäkten',
  'orosanmälan',
  'sexuellt våld',
  'nakenbilder',
  'eskortsajt',
  'transpersonen',
];

/** About one trigger per 17 KB, as in the reference measurements (300 terms in 5 MB). */
export function journalText(bytes: number, twoByte: boolean, seed: number): string {
  const next = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const trigger =
      next() < 0.004 ? `Frågat om ${TRIGGERS[Math.floor(next() * TRIGGERS.length)] ?? ''}. ` : '';
    const sentence = SENTENCES[Math.floor(next() * SENTENCES.length)] ?? '';
    const sep = twoByte && next() < 0.1 ? (next() < 0.5 ? ' – ' : ' → ') : '\n';
    parts.push(trigger, sentence, sep);
    size += trigger.length + sentence.length + sep.length;
  }
  return parts.join('');
}
