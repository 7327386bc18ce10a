/**
 * Keeps the remote catalogue current: on start, at the policy's interval (chrome.alarms) and when
 * the policy changes. Without a configured address it makes no request at all and removes any
 * remote catalogue stored earlier.
 *
 * A document is taken into use in the service worker itself, in pieces of a few milliseconds
 * (lib/ingest): parse, validate, compile the opening hours, prepare the search, store in
 * IndexedDB (platform/catalogue-db.ts), then switch. An offscreen document would add a
 * permission, exists only in Chromium, and would still need the same slicing to keep its own
 * page responsive; the worker stays alive because the pauses call an extension API now and then.
 * While it works, `ingesting` in the state says so; if the browser closes the worker mid-way, the
 * next start sees it and starts afresh (the last good catalogue is in use all along). When the
 * policy lists signing keys, the signature is checked on the exact text received, before any of it
 * is parsed (lib/catalogue/signature.ts); only the verified document is taken in.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_REFRESH_MINUTES, type Policy } from '../../data/policy-schema.ts';
import { withVocabulary } from '../../lib/catalogue/reader-vocabulary.ts';
import { importTrustedKeys, type TrustedKey, verifyOutcome } from '../../lib/catalogue/signature.ts';
import { checkHours } from '../../lib/hours/compile.ts';
import { ingestDocument } from '../../lib/ingest/ingest.ts';
import { macrotask, type SliceStats } from '../../lib/ingest/slices.ts';
import {
  applyOutcome,
  conditionalEtag,
  failure,
  type IngestSummary,
  isDue,
  type RemoteState,
  type Step,
  trustedUnder,
} from '../../lib/remote/remote-catalogue.ts';
import { catalogueByteLimit, fetchCatalogue } from '../../lib/remote/remote-fetch.ts';
import { fetchBundledCatalogue, storedRemoteCatalogue } from '../../platform/catalogue.ts';
import { clearCatalogues, writeActiveCatalogue } from '../../platform/catalogue-db.ts';
import { getEffectivePolicy, onPolicyChanged } from '../../platform/policy.ts';
import { remoteCatalogueItem, remoteStateItem } from '../../platform/remote-catalogue.ts';

const ALARM = 'catalogue-refresh';
/** Taking a document into use must end within this; past it the state says "time" (lib/ingest). */
export const INGEST_LIMIT_MS = 5 * 60_000;
/** How often the pauses call an extension API, which keeps the worker from being closed as idle. */
const KEEP_ALIVE_MS = 10_000;
let running: Promise<RemoteState> | null = null;

/** The stored remote catalogue, in IndexedDB and any copy an earlier version kept, is dropped. */
async function dropStoredCatalogue(): Promise<void> {
  await remoteCatalogueItem.removeValue();
  await clearCatalogues().catch((error: unknown) =>
    console.warn('Hänvisa: clearing the catalogue store', error),
  );
}

async function clearRemote(): Promise<RemoteState> {
  await browser.alarms.clear(ALARM);
  await dropStoredCatalogue();
  await remoteStateItem.removeValue();
  return remoteStateItem.getValue();
}

/** The policy's signing keys; null when it lists none, so signatures are not required. */
async function policyKeys(policy: Policy): Promise<TrustedKey[] | null> {
  if (policy.catalogueKeys === undefined) return null;
  const { keys, problems } = await importTrustedKeys(policy.catalogueKeys);
  for (const problem of problems) console.warn(`Hänvisa: policy catalogueKeys: ${problem}`);
  return keys;
}

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

/** `pause`, measuring the work between two calls (the store's pieces) into `stats`. */
function timed(pause: () => Promise<void>, stats: SliceStats): () => Promise<void> {
  let since = performance.now();
  return async () => {
    const piece = performance.now() - since;
    stats.busyMs += piece;
    stats.pieces += 1;
    stats.longestMs = Math.max(stats.longestMs, piece);
    await pause();
    since = performance.now();
  };
}

/** IndexedDB refused: no space (QuotaExceededError), or the store is unavailable or broken. */
function isStorageError(error: unknown): boolean {
  return error instanceof DOMException && error.name !== 'TimeoutError';
}

/** Takes a fetched body into use: parse … store, in pieces; the state says how it ended. */
async function ingest(
  previous: RemoteState,
  url: string,
  text: string,
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
    const { step, bundle, report } = await ingestDocument({
      previous,
      url,
      text,
      etag,
      signedBy,
      now,
      synonyms: bundled.synonyms,
      checkHours,
      complete: (catalogue) => withVocabulary(catalogue, bundled),
      slices: { pause, signal: deadline },
    });
    if (bundle) {
      deadline.throwIfAborted();
      const storeStats: SliceStats = { totalMs: 0, busyMs: 0, longestMs: 0, pieces: 0 };
      await writeActiveCatalogue({ url, fetchedAt: now.toISOString(), bundle }, timed(pause, storeStats));
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

async function refreshFrom(url: string, policy: Policy): Promise<RemoteState> {
  const previous = await remoteStateItem.getValue();
  const keys = await policyKeys(policy);
  // A copy no key of the policy verified (stored before keys were set, or signed by a key since
  // removed) is not used a moment longer: the bundled catalogue until a verified one arrives.
  const trusted = trustedUnder(previous.good, keys ? keys.map((k) => k.keyId) : null);
  if (!trusted) await dropStoredCatalogue();
  // Without a usable stored copy (none, damaged, or stored by a version before situations) a
  // "304 Not Modified" would leave the bundled catalogue in use: fetch the document in full.
  const stored = trusted ? await storedRemoteCatalogue() : null;
  const usable = stored?.url === url;
  const base = usable ? previous : { ...previous, good: null };
  const maxBytes = catalogueByteLimit(policy.catalogueMaxMB);
  // The signature is checked on the exact text received, before anything is parsed or stored.
  const outcome = await verifyOutcome(
    await fetchCatalogue(url, usable ? conditionalEtag(previous, url) : null, { maxBytes }),
    keys,
  );
  // Without a usable stored copy, the same version is taken in again as if nothing were stored.
  const step =
    outcome.kind === 'body'
      ? await ingest(
          base,
          url,
          outcome.text,
          outcome.etag,
          outcome.bytes ?? outcome.text.length,
          outcome.signedBy ?? null,
        )
      : applyOutcome(base, url, outcome, new Date(), () => {
          throw new Error('no body');
        });
  if (step.state.error) console.warn(`Hänvisa: catalogue refresh from ${url}: ${step.state.error.detail}`);
  await remoteStateItem.setValue(step.state);
  return step.state;
}

/** One refresh now (no-op without an address); concurrent callers share the running one. */
export function refreshCatalogue(policy?: Policy): Promise<RemoteState> {
  running ??= (async () => {
    const effective = policy ?? (await getEffectivePolicy());
    const url = effective.catalogueUrl;
    return url ? refreshFrom(url, effective) : clearRemote();
  })().finally(() => {
    running = null;
  });
  return running;
}

async function keyIdsOf(texts: string[]): Promise<string[]> {
  return (await importTrustedKeys(texts)).keys.map((k) => k.keyId);
}

async function schedule(policy: Policy): Promise<void> {
  if (!policy.catalogueUrl) {
    await clearRemote();
    return;
  }
  const minutes = policy.refreshMinutes ?? DEFAULT_REFRESH_MINUTES;
  const existing = await browser.alarms.get(ALARM);
  if (existing?.periodInMinutes !== minutes) browser.alarms.create(ALARM, { periodInMinutes: minutes });
  const state = await remoteStateItem.getValue();
  // Keys added or removed in the policy: the copy in use is checked against them now.
  const keyIds = policy.catalogueKeys === undefined ? null : await keyIdsOf(policy.catalogueKeys);
  if (isDue(state, policy.catalogueUrl, minutes, new Date()) || !trustedUnder(state.good, keyIds))
    await refreshCatalogue(policy);
}

/** Wires the refresh into the background; called once per service-worker start. */
export function startCatalogueRefresh(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshCatalogue();
  });
  onPolicyChanged(({ policy }) => {
    void schedule(policy);
  });
  getEffectivePolicy().then(schedule, (error: unknown) => console.error('Hänvisa: catalogue refresh', error));
}
