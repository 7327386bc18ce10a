/**
 * Every vocabulary term — a situation's, a part's, a resource's name — generated in the forms its
 * match mode promises, is found once in its own set; a situation's own term is also read as a
 * plain mention of the situation (not negated, not denied), unless another situation's term
 * shares its words there.
 */
import { describe, expect, it } from 'vitest';
import type { Term } from '../../../data/vocabulary-schema.ts';
import { compileLexicon } from '../../../lib/matcher/compile.ts';
import { compileMatcher } from '../../../lib/matcher/index.ts';
import { loadVocabulary, termSets } from './load-themes.ts';

const vocabulary = loadVocabulary();
const matcher = compileMatcher(vocabulary, { year: 2026 });
const { names, sets } = termSets(vocabulary);
const lexicon = compileLexicon(sets);
const situations = new Set<string>(vocabulary.themes.map((t) => t.id));

/**
 * Terms the lexicon pass gets wrong today (reported; lib/matcher/compile.ts is not this test's to
 * change). Each is expected to fail, so a fix shows up here as a test to take off this list.
 */
/** Terms with a known fault, tested as expected failures until fixed (none now). */
const KNOWN: Record<string, string> = {};

const ascii = (s: string) => s.replace(/[åä]/g, 'a').replace(/ö/g, 'o');

function formsOf(t: Term): string[] {
  const base = t.term;
  const forms = [base, base.toUpperCase(), ascii(base), base.replace(/ /g, '-')];
  if (t.match === 'inflect' || t.match === 'stem') forms.push(`${base}s`, `${base}n`.replace(/nn$/, 'n'));
  if (t.match === 'stem') {
    const stem = /[ae]$/.test(base) && base.replace(/ /g, '').length >= 6 ? base.slice(0, -1) : base;
    forms.push(`${stem}erna`, `${stem}arna`, `${stem}slagen`, `${stem}-personer`, `${ascii(stem)}et`);
  }
  return forms;
}

/** Mentions of `set` in the text, and whether another situation's term stands there too. */
function countIn(text: string, set: number): { count: number; shared: boolean } {
  const mine: [number, number][] = [];
  let shared = false;
  lexicon.find(text, (s, start, end) => {
    if (s === set) mine.push([start, end]);
    else if (situations.has(names[s] ?? '')) shared = true;
  });
  // A set may report a longer mention that covers one already reported; the reader keeps that one.
  const covered = ([a, b]: [number, number]) => mine.some(([c, d]) => c <= a && d >= b && (c < a || d > b));
  return { count: mine.filter((m) => !covered(m)).length, shared };
}

describe('every term in its forms', () => {
  sets.forEach((set, i) => {
    const name = names[i] ?? String(i);
    for (const t of set.terms) {
      const test = KNOWN[t.term] === undefined ? it : it.fails;
      test(`${name}: ${t.term} (${t.match})${KNOWN[t.term] ? ` — known: ${KNOWN[t.term]}` : ''}`, () => {
        for (const form of formsOf(t)) {
          const text = `Anteckning: ${form} noteras.`;
          const { count, shared } = countIn(text, i);
          expect(count, form).toBe(1);
          // A situation yields to another whose term shares its words ("köper sex av henne" is sexköp).
          if (!situations.has(name) || shared) continue;
          const hit = matcher.scan(text).hits.find((h) => h.theme === name);
          expect(hit?.count, form).toBe(1);
          expect((hit?.negated ?? 0) + (hit?.denied ?? 0), form).toBe(0);
        }
      });
    }
  });

  it('exact terms do not take endings, inflect terms do not take compounds', () => {
    expect(matcher.scan('smoeärende').hits).toEqual([]);
    expect(matcher.scan('torskfilé').hits).toEqual([]);
    expect(matcher.scan('torskarna').hits.map((h) => h.theme)).toEqual(['sexkop']);
  });
});
