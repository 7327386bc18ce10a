/**
 * The national catalogue (issue 14), side by side with the bundled one in one run:
 *  1. Node: the generated 10,000-entry document (scripts/lib/national-document.ts) through
 *     lib/ingest as the service worker runs it: parse, validate, hours, search prep and the index,
 *     with the longest piece of work; the stored pieces' size (what a page reads when it opens);
 *     search per keystroke at 10,000 vs bundled, the pages' search in columns beside the plain
 *     one over per-entry strings (the search before issue 14's index).
 *  2. Chromium: the same document, gzip-compressed, from 127.0.0.1 with a real managed policy:
 *     response → in use in the service worker (its own measurement, lib/remote/remote-catalogue.ts
 *     IngestSummary), storage bytes, and the popup's first results with the national catalogue
 *     vs the bundled one, alternating in the same browser.
 * Needs a build (`npx wxt build`) and root (the policy file); run under the browser lock:
 *   flock /tmp/hanvisa-browser.lock npm run bench national
 */
import { serialize } from 'node:v8';
import { gzipSync } from 'node:zlib';
import { bundleCatalogue } from '../../lib/catalogue/bundle.ts';
import type { BundledCatalogue } from '../../lib/catalogue/bundled.ts';
import { indexOf } from '../../lib/catalogue/index-data.ts';
import { checkHours } from '../../lib/hours/compile.ts';
import { ingestDocument } from '../../lib/ingest/ingest.ts';
import { INITIAL_STATE } from '../../lib/remote/remote-catalogue.ts';
import { fieldedOf } from '../../lib/search/columns.ts';
import { createFieldedSearcher } from '../../lib/search/fielded.ts';
import { createSearcher } from '../../lib/search/searcher.ts';
import type { Searcher } from '../../lib/search/types.ts';
import { piecesOf } from '../../platform/catalogue-pieces.ts';
import { distinctHours } from '../lib/national-document.ts';
import { DATA_DIR, readCatalogue } from '../lib/read-data.ts';
import { nationalDocument } from '../national-document.ts';
import { browserSection, mb, ms, q, ratio } from './national-browser.ts';
import { keystrokes } from './search-quality.ts';
import type { BenchSection } from './types.ts';

const COUNT = 10_000;
/** Typed letter by letter: a town's service, a typo, a bare service name, a fake number. */
const TYPED = [
  'ungdomsmottagningen halmstad',
  'kvinojouren lund',
  'socialjouren',
  'mikamottagningen',
  '000-123',
];

/** The pages' search (in columns, with its index from ingest) or the plain one over per-entry strings. */
function searcherOf(bundle: BundledCatalogue, plain = false): Searcher {
  if (plain) return createSearcher(bundle.search, bundle.synonyms);
  const { index, secondary } = indexOf(bundle, true);
  return createFieldedSearcher({ ...index.search, secondary }, bundle.synonyms);
}

function perKeystroke(searcher: Searcher): number[] {
  const keys = keystrokes(TYPED);
  for (const k of keys) searcher.search(k); // JIT warm-up
  const times: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const k of keys) {
      const t = performance.now();
      searcher.search(k, { limit: 50 });
      times.push(performance.now() - t);
    }
  return times;
}

export default async function run(): Promise<BenchSection[]> {
  const data = readCatalogue(DATA_DIR, { checkHours });
  if (!data.ok) throw new Error('data/ does not validate');
  const bundled = bundleCatalogue(data.catalogue, { groups: [] }, new Date());
  const doc = nationalDocument({ count: COUNT, version: '2099-01-01.1' });
  const text = JSON.stringify(doc);
  const gzip = gzipSync(Buffer.from(text));

  // 1. Node: the worker's own code path, with real pauses between pieces.
  const t0 = performance.now();
  const node = await ingestDocument({
    previous: INITIAL_STATE,
    url: 'https://intranet.example.se/national.json',
    text,
    etag: null,
    now: new Date(),
    synonyms: bundled.synonyms,
    checkHours,
  });
  const nodeTotal = performance.now() - t0;
  if (!node.prepared) throw new Error(`national document refused: ${node.step.state.error?.detail}`);
  // As IndexedDB stores them: V8's structured-clone serialisation.
  const pieces = [...piecesOf(node.prepared)].flat();
  const bytesOf = (part: string) =>
    pieces.filter(([p]) => p === part).reduce((sum, [, , v]) => sum + serialize(v).byteLength, 0);
  const national = perKeystroke(searcherOf(node.prepared.bundle));
  const nationalPlain = perKeystroke(searcherOf(node.prepared.bundle, true));
  const small = perKeystroke(searcherOf(bundled));
  const st = node.report.stages;
  const fielded = fieldedOf(node.prepared.bundle.search);
  const keyCount = keystrokes(TYPED).length;

  const nodeSection: BenchSection = {
    title: `National catalogue in Node: ${COUNT} resources, response → prepared (lib/ingest, as the worker runs it)`,
    columns: ['measure', 'national', 'bundled / goal'],
    rows: [
      ['document, MB (gzip MB)', `${mb(Buffer.byteLength(text))} (${mb(gzip.byteLength)})`, ''],
      [
        'distinct opening-hours expressions / engine compilations',
        `${distinctHours(doc)} / ${node.report.hours.compilations}`,
        '',
      ],
      [
        'parse, ms of work (longest piece)',
        `${ms(st.parse?.busyMs ?? 0)} (${ms(st.parse?.longestMs ?? 0)})`,
        '',
      ],
      [
        'validate incl. hours syntax, ms (longest piece)',
        `${ms(st.validate?.busyMs ?? 0)} (${ms(st.validate?.longestMs ?? 0)})`,
        '',
      ],
      [
        'hours + search prep + index, ms (longest piece)',
        `${ms(st.prepare?.busyMs ?? 0)} (${ms(st.prepare?.longestMs ?? 0)})`,
        '',
      ],
      ['response → prepared, wall s (pauses included)', ms(nodeTotal / 1000), '≤ 60'],
      ['longest piece of work, ms', ms(node.report.longestMs), '≤ 50'],
      [
        'stored, MB (structured clone): index a page opens with / purpose+description / entries',
        `${mb(bytesOf('index'))} / ${mb(bytesOf('secondary'))} / ${mb(bytesOf('entry'))}`,
        '',
      ],
      [
        'search tokens, primary / purpose+description (distinct names)',
        `${fielded.primary.tokens.tokens.length} / ${fielded.secondary?.tokens.tokens.length} (${fielded.primary.columns[0]?.values.length})`,
        '',
      ],
      [
        `search per keystroke, pages' search in columns, p50 / p95 ms (${keyCount} keys × 3)`,
        `${ms(q(national, 0.5))} / ${ms(q(national, 0.95))}`,
        `${ms(q(small, 0.5))} / ${ms(q(small, 0.95))} bundled; goal p95 ≤ 5`,
      ],
      [
        'search per keystroke, plain search over per-entry strings (before), p50 / p95 ms',
        `${ms(q(nationalPlain, 0.5))} / ${ms(q(nationalPlain, 0.95))}`,
        '',
      ],
      ['search p95 ratio national / bundled', ratio(q(national, 0.95), q(small, 0.95)), ''],
    ],
    notes: [
      'Pieces are measured as wall time between pauses, so a busy machine (other jobs, garbage collection) makes them longer; the budget per piece is 8 ms.',
      'Opening hours compile once per shape (lib/hours/template.ts); compileHours directly costs 20–60 ms per expression here.',
    ],
  };

  return [nodeSection, await browserSection(doc.version, gzip, node.report, COUNT)];
}
