/** The human-readable explanation `catalogue suggest` prints (Swedish, as the catalogue editors read it). */
import type { NamedHit, ThemeHit } from '../../lib/matcher/index.ts';
import type { PagePatient, Suggestion } from '../../lib/rank/index.ts';

const MODIFIERS = [
  ['negated', 'nekade'],
  ['denied', 'förnekade av patienten'],
  ['uncertain', 'misstänkta'],
  ['hypothetical', 'hypotetiska/information'],
  ['other', 'om någon annan'],
] as const;

const GENDER = { woman: 'kvinna', man: 'man', trans: 'transperson', nonbinary: 'ickebinär' } as const;

export interface Explanation {
  hits: readonly ThemeHit[];
  named: readonly NamedHit[];
  patient: PagePatient;
  rows: readonly (Suggestion & { name: string })[];
  names: ReadonlyMap<string, string>;
  /** Guidance the side panel shows beside the suggestions (lib/rank/groups.ts). */
  guidance: readonly { id: string; name: string; duty: boolean }[];
}

export function printExplanation(out: (line: string) => void, e: Explanation): void {
  if (e.hits.length === 0) out('Inga situationer hittades i texten.');
  for (const h of e.hits) {
    const mods = MODIFIERS.filter(([k]) => h[k] > 0).map(([k, label]) => `${h[k]} ${label}`);
    out(
      `${h.theme}: ${h.count} omnämnande(n)${mods.length ? ` (${mods.join(', ')})` : ''} — ${h.words.join('; ')}`,
    );
  }
  for (const n of e.named) {
    out(
      `nämnd resurs: ${e.names.get(n.id) ?? n.id} (${n.count}${n.negated ? `, varav ${n.negated} nekad` : ''})`,
    );
  }
  const p = e.patient;
  const facts = [
    p.age === null ? null : `ålder ${p.age}`,
    p.otherAge === null ? null : `annan persons ålder ${p.otherAge}`,
    p.otherGender === null ? null : `annan person: ${GENDER[p.otherGender]}`,
    p.gender === null ? null : GENDER[p.gender],
    p.interpreter ? `behov av tolk${p.languages.length ? ` (${p.languages.join(', ')})` : ''}` : null,
    p.children ? 'barn i hemmet' : null,
  ].filter(Boolean);
  out(`Patienten: ${facts.length ? facts.join(', ') : 'inget känt'}`);
  for (const g of e.guidance) out(`${g.duty ? 'anmälningsplikt' : 'vägledning'}: ${g.name} (${g.id})`);
  if (e.rows.length === 0) out('Inga förslag.');
  for (const s of e.rows) {
    const flags = [s.group, s.kind, s.negatedOnly ? 'endast nekat' : null].filter(Boolean).join(', ');
    out(`${s.score.toFixed(2).padStart(6)}  ${s.name} (${s.id}) [${flags}]`);
    const parts = s.parts;
    out(
      `        passning ${parts.fit}${parts.named ? ' + nämnd' : ''} × behörighet ${parts.eligibility} × region ${parts.region} × öppet ${parts.open}${parts.learned === undefined ? '' : ` × valt i liknande fall ${parts.learned}`}${parts.variety === undefined ? '' : ` × variation ${parts.variety}`}`,
    );
    out(`        ${s.reasons.join('; ')}`);
    for (const id of s.beside ?? []) out(`        i samma rad: ${e.names.get(id) ?? id} (${id})`);
  }
}
