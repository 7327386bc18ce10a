/** `npm run catalogue -- search "<query>" [--json] [--catalogue <file-or-dir>]`: the popup's engine. */
import synonymsJson from '../../data/synonyms.json' with { type: 'json' };
import { parseSynonyms } from '../../lib/catalogue/synonyms.ts';
import { createSearcher, prepareSearchData } from '../../lib/search/index.ts';
import type { CliCommand, CliContext } from './types.ts';

const USAGE = 'search "<query>" [--json] [--catalogue <file-or-dir>] [--limit <n>]';

interface Args {
  query: string;
  json: boolean;
  catalogue?: string;
  limit: number;
}

function parse(args: string[]): Args | string {
  const words: string[] = [];
  let json = false;
  let catalogue: string | undefined;
  let limit = 20;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--catalogue' || a === '--limit') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return `${a} needs a value`;
      if (a === '--catalogue') catalogue = value;
      else if (!/^\d+$/.test(value) || Number(value) < 1) return '--limit needs a positive whole number';
      else limit = Number(value);
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else words.push(a);
  }
  const query = words.join(' ').trim();
  if (query === '') return 'give a query';
  return { query, json, limit, ...(catalogue === undefined ? {} : { catalogue }) };
}

export const command: CliCommand = {
  name: 'search',
  usage: USAGE,
  summary: 'Search the catalogue with the same engine as the popup',
  run: async (args: string[], ctx: CliContext): Promise<number> => {
    const parsed = parse(args);
    if (typeof parsed === 'string') {
      ctx.err(`search: ${parsed}`);
      ctx.err(`usage: ${USAGE}`);
      return 2;
    }
    const catalogue = await ctx.loadCatalogue(parsed.catalogue);
    const themeLabels = Object.fromEntries(catalogue.vocabulary.map((t) => [t.id, t.label]));
    const searcher = createSearcher(
      prepareSearchData(catalogue.resources, themeLabels),
      parseSynonyms(synonymsJson),
    );
    const names = new Map(catalogue.resources.map((r) => [r.id, r.name]));
    const hits = searcher.search(parsed.query, { limit: parsed.limit });
    const rows = hits.map((h) => ({
      id: h.id,
      name: names.get(h.id) ?? h.id,
      score: h.score,
      field: h.field,
    }));
    if (parsed.json) ctx.out(JSON.stringify(rows, null, 2));
    else if (rows.length === 0) ctx.out('No results');
    else
      rows.forEach((r, i) => {
        ctx.out(`${i + 1}. ${r.name} (${r.id}) ${r.score}`);
      });
    return 0;
  },
};
