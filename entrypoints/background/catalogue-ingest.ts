/**
 * Taking a fetched (and, when the policy lists keys, verified) document into use in the service
 * worker, in pieces of a few milliseconds (lib/ingest): parse, validate, compile the opening hours,
 * prepare the search, store in IndexedDB (platform/catalogue-db.ts), then switch. An offscreen
 * document would add a permission, exists only in Chromium, and would still need the same slicing
 * to keep its own page responsive; the worker stays alive because the pauses call an extension API
 * now and then. While it works, `ingesting` in the state says so; if the browser closes the worker
 * mid-way, the next start sees it and starts afresh (the last good catalogue is in use all along).
 */
import { browser } from 'wxt/browser';
import { withVocabulary } from '../../lib/catalogue/reader-vocabulary.ts';
import { checkHours } from '../../lib/hours/compile.ts';
import { ingestDocument } from '../../lib/ingest/ingest.ts';
import { macrotask, type SliceStats } from '../../lib/ingest/slices.ts';
import {
  failure,
  type IngestSummary,
  type RemoteState,
  type Step,
} from '../../lib/remote/remote-catalogue.ts';
import { fetchBundledCatalogue } from '../../platform/catalogue.ts';
import { writeActiveCatalogue } from '../../platform/catalogue-write.ts';
import { remoteCatalogueItem, remoteStateItem } from '../../platform/remote-catalogue.ts';

/** Taking a document into use must end within this; past it the state says "time" (lib/ingest). */
export const INGEST_LIMIT_MS = 5 * 60_000;
/** How often the pauses call an extension API, which keeps the worker from being closed as idle. */
const KEEP_ALIVE_MS = 10_000;

/** Gives the event loop back; now and then also calls an extension API, so the worker stays. */
function keepAlivePause(): () => Promise<void> {
  let last = Date.now();
  return async () => {
    await macrotask();
    if (Date.now() - last < KEEP_ALIVE_MS) return;
    last = Date.now();
    await browser.runtime.getPlatformInfo().catch(() => undefined);
  };
}

/** IndexedDB refused: no space (QuotaExceededError), or the store is unavailable or broken. */
function isStorageError(error: unknown): boolean {
  return error instanceof DOMException && error.name !== 'TimeoutError';
}

/** Takes a fetched body into use: parse … store, in pieces; the state says how it ended. */
export async function ingest(
  previous: RemoteState,
  url: string,
  body: Uint8Array,
  etag: string | null,
  bytes: number,
  signedBy: string | null,
): Promise<Step> {
  const now = new Date();
  const started = performance.now();
  await remoteStateItem.setValue({ ...previous, ingesting: { url, startedAt: now.toISOString(), bytes } });
  const deadline = AbortSignal.timeout(INGEST_LIMIT_MS);
  const pause = keepAlivePause();
  try {
    // Synonyms are part of the extension, not of the served document; so is the vocabulary of a
    // document in the old format (lib/catalogue/legacy.ts).
    const bundled = await fetchBundledCatalogue();
    const { step, prepared, report } = await ingestDocument({
      previous,
      url,
      text: body,
      etag,
      signedBy,
      now,
      synonyms: bundled.synonyms,
      checkHours,
      complete: (catalogue) => withVocabulary(catalogue, bundled),
      slices: { pause, signal: deadline },
    });
    if (prepared) {
      deadline.throwIfAborted();
      const { bundle } = prepared;
      // The store's pieces: building a batch and the structured clone in put(); not the wait for
      // the disk, during which the worker is free.
      const storeStats: SliceStats = { totalMs: 0, busyMs: 0, longestMs: 0, pieces: 0 };
      await writeActiveCatalogue(
        { url, fetchedAt: now.toISOString(), prepared },
        { pause, stats: storeStats },
      );
      // A copy an earlier version kept in storage.local is not needed any more.
      await remoteCatalogueItem.removeValue();
      const ingested: IngestSummary = {
        bytes,
        resources: bundle.resources.length,
        totalMs: Math.round(performance.now() - started),
        longestMs: Math.round(Math.max(report.longestMs, storeStats.longestMs)),
        longest: {
          parse: Math.round(report.stages.parse?.longestMs ?? 0),
          validate: Math.round(report.stages.validate?.longestMs ?? 0),
          prepare: Math.round(report.stages.prepare?.longestMs ?? 0),
          store: Math.round(storeStats.longestMs),
        },
        stages: {
          parse: Math.round(report.stages.parse?.busyMs ?? 0),
          validate: Math.round(report.stages.validate?.busyMs ?? 0),
          prepare: Math.round(report.stages.prepare?.busyMs ?? 0),
          store: Math.round(storeStats.busyMs),
        },
        expressions: report.hours.expressions,
        compilations: report.hours.compilations,
      };
      console.info(`Hänvisa: catalogue ${bundle.version} from ${url} in use`, ingested);
      return { ...step, state: { ...step.state, ingested } };
    }
    return step;
  } catch (error) {
    const at = new Date().toISOString();
    if (deadline.aborted)
      return failure(previous, at, 'time', `not in use within ${INGEST_LIMIT_MS / 1000} s`);
    if (isStorageError(error))
      return failure(
        previous,
        at,
        'storage',
        `${(error as DOMException).name}: ${(error as DOMException).message}`,
      );
    await remoteStateItem.setValue({ ...previous, ingesting: null });
    throw error;
  }
}
