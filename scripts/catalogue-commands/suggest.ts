/**
 * `npm run catalogue -- suggest <file|-> [--json] [--age N] [--region NN] [--catalogue path]`:
 * runs the page reader and the ranking on a text, so vocabulary maintainers see what it found —
 * situations with their words and modifiers, named resources, the patient values — and why each
 * suggestion ranks where it does.
 */

import { readFile } from 'node:fs/promises';
import { readerVocabulary } from '../../lib/catalogue/reader-vocabulary.ts';
import { compileMatcher } from '../../lib/matcher/index.ts';
import { SITUATION_MODEL } from '../../lib/matcher/situation-model.ts';
import { childGuidance, staffGuidance } from '../../lib/rank/groups.ts';
import { rankSuggestions, summarizePatient } from '../../lib/rank/index.ts';
import { RANK_PRIOR } from '../../lib/rank/ranking-prior.ts';
import { printExplanation } from './suggest-print.ts';
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
  summary:
    'Show the situations, named resources and patient values a text gives, and the suggestions with their reasons.',
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
      (ageNumber !== undefined && !(Number.isInteger(ageNumber) && ageNumber >= 0 && ageNumber <= 120))
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
    const scan = compileMatcher(readerVocabulary(cat), {
      year: new Date().getFullYear(),
      model: SITUATION_MODEL,
    }).scan(text);
    const patient = summarizePatient(scan.patient);
    const suggestions = rankSuggestions(
      { hits: scan.hits, named: scan.named, patient },
      cat.resources,
      cat.vocabulary,
      {
        homeRegion: region.value ?? HALLAND,
        ...(ageNumber === undefined ? {} : { age: ageNumber }),
        prior: RANK_PRIOR,
      },
    );
    const names = new Map(cat.resources.map((r) => [r.id, r.name]));
    const rows = suggestions.map((s) => ({ ...s, name: names.get(s.id) ?? s.id }));
    const findings = { hits: scan.hits, named: scan.named, patient };
    const ageInput = ageNumber === undefined ? {} : { age: ageNumber };
    const guidance = [
      ...childGuidance(findings, cat.resources, ageInput).map((g) => ({
        id: g.id,
        name: g.name,
        duty: true,
      })),
      ...staffGuidance(findings, cat.resources).map((g) => ({ id: g.id, name: g.name, duty: false })),
    ];
    if (json) {
      const view = { themes: scan.hits, named: scan.named, patient, guidance, suggestions: rows };
      ctx.out(JSON.stringify(view, null, 2));
      return 0;
    }
    printExplanation(ctx.out, { hits: scan.hits, named: scan.named, patient, rows, names, guidance });
    return 0;
  },
};
