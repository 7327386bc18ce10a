/**
 * The engines compared by search.bench.ts, each set up fairly: the same fields, the same
 * å/ä/ö folding (lib/search fold), prefix search on, and typo tolerance where offered.
 */
import Flex from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Resource } from '../../data/schema.ts';
import synonyms from '../../data/synonyms.json' with { type: 'json' };
import { createSearcher, fold, prepareSearchData } from '../../lib/search/index.ts';

export type SearchFn = (query: string, limit: number) => string[];

export interface Engine {
  name: string;
  /** Build-time work (not paid when the popup opens); returns what `create` gets. */
  prepare(resources: Resource[]): unknown;
  /** What the popup pays at open: index build or searcher creation. */
  create(prepared: unknown): SearchFn;
}

// A type alias (not an interface) so it fits FlexSearch's DocumentData index signature.
type Doc = {
  id: string;
  name: string;
  keywords: string;
  organisation: string;
  themes: string;
  purpose: string;
  description: string;
};
const FIELDS = ['name', 'keywords', 'organisation', 'themes', 'purpose', 'description'] as const;

function docs(resources: Resource[]): Doc[] {
  return resources.map((r) => ({
    id: r.id,
    name: fold(r.name),
    keywords: fold(r.keywords.join(' ')),
    organisation: fold(r.organisation),
    themes: fold(Object.keys(r.serves).join(' ')),
    purpose: fold(r.purpose),
    description: fold(r.description ?? ''),
  }));
}

const uFuzzyEngine: Engine = {
  name: 'uFuzzy (Hänvisa lib/search)',
  prepare: (resources) => JSON.stringify(prepareSearchData(resources)),
  create: (prepared) => {
    const searcher = createSearcher(JSON.parse(String(prepared)), synonyms);
    return (q, limit) => searcher.search(q, { limit }).map((h) => h.id);
  },
};

const miniSearch: Engine = {
  name: 'MiniSearch (prefix + fuzzy 0.2)',
  prepare: docs,
  create: (prepared) => {
    const ms = new MiniSearch<Doc>({
      fields: [...FIELDS],
      processTerm: (t) => fold(t),
      searchOptions: {
        prefix: true,
        fuzzy: 0.2,
        combineWith: 'AND',
        boost: { name: 4, keywords: 3, organisation: 2, themes: 2 },
      },
    });
    ms.addAll(prepared as Doc[]);
    return (q, limit) =>
      ms
        .search(q)
        .slice(0, limit)
        .map((r) => String(r.id));
  },
};

const flexSearch: Engine = {
  name: 'FlexSearch Document (forward)',
  prepare: docs,
  create: (prepared) => {
    const index = new Flex.Document({
      tokenize: 'forward',
      encoder: { normalize: (s: string) => fold(s) },
      document: { id: 'id', index: [...FIELDS] },
    });
    for (const d of prepared as Doc[]) index.add(d);
    return (q, limit) => {
      const out: string[] = [];
      // Results come per field in the order of FIELDS: that order is the ranking.
      for (const group of index.search(fold(q), { limit })) {
        for (const id of group.result) if (!out.includes(String(id))) out.push(String(id));
      }
      return out.slice(0, limit);
    };
  },
};

const fuse: Engine = {
  name: 'Fuse.js (threshold 0.3)',
  prepare: docs,
  create: (prepared) => {
    const f = new Fuse(prepared as Doc[], {
      keys: [
        { name: 'name', weight: 4 },
        { name: 'keywords', weight: 3 },
        { name: 'organisation', weight: 2 },
        { name: 'themes', weight: 2 },
        { name: 'purpose', weight: 1 },
        { name: 'description', weight: 1 },
      ],
      ignoreDiacritics: true,
      ignoreLocation: true,
      threshold: 0.3,
    });
    return (q, limit) => f.search(fold(q), { limit }).map((r) => r.item.id);
  },
};

export const ENGINES: Engine[] = [uFuzzyEngine, miniSearch, flexSearch, fuse];
