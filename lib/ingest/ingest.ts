/**
 * Taking a fetched catalogue document into use without blocking: parse, validate, compile the
 * opening hours and prepare the search, each as a task in pieces of a few milliseconds
 * (slices.ts), with the longest piece of every stage measured. Nothing is swapped here: the
 * caller stores the bundle and only then switches to it, so the last good catalogue stays in use
 * until the new one is complete. No browser globals: tested in Node, benchmarked in Node.
 */
import type { Catalogue } from '../../data/catalogue-schema.ts';
import { type BundleStats, bundleCatalogueSteps } from '../catalogue/bundle.ts';
import type { BundledCatalogue } from '../catalogue/bundled.ts';
import { indexSteps, type Prepared } from '../catalogue/index-data.ts';
import { packSteps } from '../catalogue/pack.ts';
import type { ValidationResult } from '../catalogue/validate.ts';
import { validateDocumentSteps } from '../catalogue/validate-steps.ts';
import { toWall } from '../hours/stockholm.ts';
import { shapedCheck } from '../hours/template.ts';
import { warmHoursSteps } from '../hours/warm.ts';
import { applyValidation, failure, type RemoteState, type Step } from '../remote/remote-catalogue.ts';
import type { Synonyms } from '../search/types.ts';
import { parseJsonBytesSliced } from './json-bytes.ts';
import { parseJsonSliced } from './json-pieces.ts';
import { runSliced, type SliceOptions, type SliceStats } from './slices.ts';

export const STAGES = ['parse', 'validate', 'prepare'] as const;
export type Stage = (typeof STAGES)[number];

export interface IngestReport {
  stages: Partial<Record<Stage, SliceStats>>;
  /** The longest piece of work of all stages, in ms */
  longestMs: number;
  hours: BundleStats;
}

export interface IngestInput {
  previous: RemoteState;
  url: string;
  /** The document: the bytes received (UTF-8), or a text (tests, the catalogue CLI) */
  text: string | Uint8Array;
  etag: string | null;
  /** The policy key that verified the document (lib/catalogue/signature.ts), if any */
  signedBy?: string | null;
  now: Date;
  synonyms: Synonyms;
  /** Syntax check for opening hours (lib/hours/compile.ts checkHours) */
  checkHours: (osm: string) => string | null;
  /** Completes a valid document before bundling (the old format's vocabulary) */
  complete?: (catalogue: Catalogue) => Catalogue;
  slices?: SliceOptions;
}

export interface IngestResult {
  step: Step;
  /** The bundle to store when the step swaps; null otherwise */
  bundle: BundledCatalogue | null;
  /** The same with its compact index (lib/catalogue/index-data.ts), as it is stored */
  prepared: Prepared | null;
  report: IngestReport;
}

/** Hours and search strings (bundleCatalogueSteps), then the index the pages open with. */
function* prepareSteps(
  catalogue: Catalogue,
  synonyms: Synonyms,
  now: Date,
  stats: BundleStats,
): Generator<void, Prepared, void> {
  const bundle = yield* bundleCatalogueSteps(catalogue, synonyms, now, stats);
  const { index, secondary } = yield* indexSteps(bundle, true);
  return { bundle, index: yield* packSteps(index), secondary: yield* packSteps(secondary) };
}

/** The hours engine warmed in small pieces (lib/hours/warm.ts), then the document validated. */
function* validateSteps(
  data: unknown,
  url: string,
  input: IngestInput,
): Generator<void, ValidationResult, void> {
  yield* warmHoursSteps(toWall(input.now.getTime()).day);
  return yield* validateDocumentSteps(data, url, { checkHours: shapedCheck(input.checkHours) });
}

function newStats(): SliceStats {
  return { totalMs: 0, busyMs: 0, longestMs: 0, pieces: 0 };
}

/** Parses, validates and (when it is to be swapped in) bundles a document, all in pieces. */
export async function ingestDocument(input: IngestInput): Promise<IngestResult> {
  const { previous, url, text, etag, now, slices = {} } = input;
  const report: IngestReport = { stages: {}, longestMs: 0, hours: { expressions: 0, compilations: 0 } };
  const stage = async <T>(name: Stage, task: Generator<void, T, void>): Promise<T> => {
    const stats = newStats();
    report.stages[name] = stats;
    try {
      return await runSliced(task, slices, stats);
    } finally {
      report.longestMs = Math.max(report.longestMs, stats.longestMs);
    }
  };
  let data: unknown;
  try {
    data = await stage(
      'parse',
      typeof text === 'string' ? parseJsonSliced(text) : parseJsonBytesSliced(text),
    );
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return {
      step: failure(previous, now.toISOString(), 'json', error.message),
      bundle: null,
      prepared: null,
      report,
    };
  }
  const result = await stage('validate', validateSteps(data, url, input));
  const step = applyValidation(previous, url, result, etag, now, input.signedBy ?? null);
  if (!step.swap) return { step, bundle: null, prepared: null, report };
  const catalogue = input.complete ? input.complete(step.swap) : step.swap;
  const prepared = await stage('prepare', prepareSteps(catalogue, input.synonyms, now, report.hours));
  return { step, bundle: prepared.bundle, prepared, report };
}
