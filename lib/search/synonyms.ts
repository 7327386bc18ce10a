/** Query expansion from data/synonyms.json (plain data; validated elsewhere with zod). */
import { fold } from './fold.ts';
import type { Synonyms } from './types.ts';

/** Folded groups, prepared once per searcher. */
export type FoldedGroups = string[][];

export function foldGroups(synonyms: Synonyms): FoldedGroups {
  return synonyms.groups
    .map((g) => [...new Set(g.terms.map(fold).filter((t) => t.length > 0))])
    .filter((g) => g.length > 1);
}

const MAX_VARIANTS = 8;

/**
 * Other ways to say the (folded) query: a group term that appears as whole words is replaced
 * by each sibling; a query that is still being typed (≥ 4 chars, prefix of a term) also
 * yields the siblings of that term, so "traffick" already finds "människohandel".
 */
export function expandQuery(query: string, groups: FoldedGroups): string[] {
  const out = new Set<string>();
  const padded = ` ${query} `;
  for (const group of groups) {
    for (const term of group) {
      const whole = padded.includes(` ${term} `);
      const typing = !whole && query.length >= 4 && term.startsWith(query);
      if (!whole && !typing) continue;
      for (const sibling of group) {
        if (sibling === term) continue;
        out.add(typing ? sibling : padded.replace(` ${term} `, ` ${sibling} `).trim());
      }
    }
    if (out.size >= MAX_VARIANTS) break;
  }
  out.delete(query);
  return [...out].slice(0, MAX_VARIANTS);
}
