/** A generated journal-like page: `rows` rows of five nodes each, about `bytes` of text in all. */
import { journalText } from '../journal-text.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

export function generatePage(
  bytes: number,
  rows: number,
): { html: string; nodes: number; textChars: number } {
  const text = journalText(bytes, false, 7);
  const per = Math.floor(text.length / (rows * 2));
  const parts: string[] = [];
  let at = 0;
  const piece = () => {
    let end = Math.min(text.length, at + per);
    const space = text.indexOf(' ', end);
    if (space !== -1 && space - end < 40) end = space;
    const s = text.slice(at, end);
    at = end;
    return escapeHtml(s);
  };
  for (let i = 0; i < rows; i++) parts.push(`<div><p>${piece()}</p><span>${piece()}</span></div>`);
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench</title></head><body>
<main>${parts.join('\n')}</main>
<div id="note" contenteditable="true"><p>Anteckning: patienten kommer för samtal.</p></div>
</body></html>`;
  return { html, nodes: rows * 5, textChars: at };
}
