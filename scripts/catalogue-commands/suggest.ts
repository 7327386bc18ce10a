/**
 * `npm run catalogue -- suggest <file|-> [--json] [--age N] [--region NN] [--catalogue path]`:
 * runs the page matcher and the ranking on a text, so vocabulary maintainers see why a text
 * surfaces what it does.
 */
import { readFile } from 'node:fs/promises';
import { compileMatcher } from '../../lib/matcher/index.ts';
import { rankSuggestions } from '../../lib/rank/index.ts';
import type { CliCommand } from './types.ts';

const HALLAND = '13';

function takeValue(args: string[], name: string): { value: string | undefined; rest: string[] } {
  const i = args.indexOf(name);
  if (i === -1) return { value: undefined, rest: args };
  return { value: args[i + 1], rest: [...args.slice(0, i), ...args.slice(i + 2)] };
}

export const command: CliCommand = {
  name: 'suggest',
  usage: 'suggest <file|-> [--json] [--age N] [--region NN] [--catalogue <file-or-dir>]',
  summary: 'Show the themes a text mentions and the resources they suggest, with reasons.',
  async run(argv, ctx) {
    const json = argv.includes('--json');
    let args = argv.filter((a) => a !== '--json');
    const age = takeValue(args, '--age');
    args = age.rest;
    const region = takeValue(args, '--region');
    args = region.rest;
    const catalogue = takeValue(args, '--catalogue');
    args = catalogue.rest;
    const [input, ...extra] = args;
    const ageNumber = age.value === undefined ? undefined : Number(age.value);
    if (
      input === undefined ||
      extra.length > 0 ||
      (ageNumber !== undefined && !(ageNumber >= 0 && ageNumber <= 120))
    ) {
      ctx.err(`Usage: npm run catalogue -- ${this.usage}`);
      return 2;
    }
    let text: string;
    try {
      text = input === '-' ? await ctx.readStdin() : await readFile(input, 'utf8');
    } catch (error) {
      ctx.err(`Cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    const cat = await ctx.loadCatalogue(catalogue.value);
    const themes = compileMatcher(cat.vocabulary).scan(text).hits;
    const suggestions = rankSuggestions(themes, cat.resources, cat.vocabulary, {
      homeRegion: region.value ?? HALLAND,
      ...(ageNumber === undefined ? {} : { age: ageNumber }),
    });
    const names = new Map(cat.resources.map((r) => [r.id, r.name]));
    const rows = suggestions.map((s) => ({ ...s, name: names.get(s.id) ?? s.id }));
    if (json) {
      ctx.out(JSON.stringify({ themes, suggestions: rows }, null, 2));
      return 0;
    }
    if (themes.length === 0) ctx.out('Inga teman hittades i texten.');
    for (const h of themes) {
      ctx.out(`${h.theme}: ${h.count} träff(ar), varav ${h.negated} nekade — ${h.words.join(', ')}`);
    }
    for (const s of rows) {
      ctx.out(
        `${s.score.toFixed(2).padStart(6)}  ${s.name} (${s.id})${s.negatedOnly ? ' [endast nekat]' : ''}`,
      );
      ctx.out(`        ${s.reasons.join('; ')}`);
    }
    return 0;
  },
};
