/**
 * The remote catalogue's refresh as a pure state machine: one HTTP outcome and the previous state
 * in, the next state and (at most) one catalogue to swap in out. Anything short of a valid,
 * not-older document keeps the last good catalogue; the error is recorded for the options page.
 */
import type { Catalogue } from '../../data/catalogue-schema.ts';
import type { SignatureProblem } from '../catalogue/signature.ts';
import type { ValidationResult } from '../catalogue/validate.ts';

export type FetchOutcome =
  /**
   * `bytes`: the size received (after decompression); `signedBy`: the policy key that verified the
   * document (lib/catalogue/signature.ts), if any
   */
  | { kind: 'body'; text: string; etag: string | null; bytes?: number; signedBy?: string | null }
  | { kind: 'not-modified' }
  | { kind: 'http-error'; status: number }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string }
  | { kind: 'oversize'; limit: number }
  | { kind: 'content-type'; contentType: string }
  | { kind: 'refused'; code: SignatureProblem; detail: string };

export type RefreshErrorCode =
  | 'http'
  | 'timeout'
  | 'network'
  | 'oversize'
  | 'content-type'
  | 'json'
  | 'schema'
  | 'older'
  | SignatureProblem
  /** The browser refused to store it (no space left, or storage unavailable) */
  | 'storage'
  /** Taking it into use took longer than the limit (lib/ingest) */
  | 'time';

export interface RefreshError {
  code: RefreshErrorCode;
  /** English detail for logs and administrators (status, first schema issue, versions) */
  detail: string;
  at: string;
}

/** What is known about the catalogue now in use from `url`. */
export interface GoodCatalogue {
  url: string;
  version: string;
  etag: string | null;
  /** When this version was downloaded */
  fetchedAt: string;
  /** Last time the server confirmed it (200 with the same version, or 304) */
  checkedAt: string;
  /** The policy key that verified it; null or absent when no key was required */
  signedBy?: string | null;
}

/** A document being taken into use (parsed, validated, compiled, stored) in the background. */
export interface Ingesting {
  url: string;
  startedAt: string;
  bytes: number;
}

/** How the catalogue in use was taken in: for the benchmark and for administrators' questions. */
export interface IngestSummary {
  bytes: number;
  resources: number;
  /** From the complete response to the switch, ms */
  totalMs: number;
  /** The longest piece of work without a pause, ms */
  longestMs: number;
  /** The longest piece per stage, ms */
  longest: { parse: number; validate: number; prepare: number; store: number };
  /** Work time per stage, ms (pauses excluded) */
  stages: { parse: number; validate: number; prepare: number; store: number };
  /** Distinct opening-hours expressions, and engine compilations they needed */
  expressions: number;
  compilations: number;
}

export interface RemoteState {
  good: GoodCatalogue | null;
  lastAttemptAt: string | null;
  error: RefreshError | null;
  /**
   * Set while a new document is taken into use; the last good one stays in use meanwhile. Still
   * set when the service worker starts again means the work was cut off: it is started afresh.
   */
  ingesting?: Ingesting | null;
  /** How the catalogue in use was taken in (absent for one stored by an earlier version) */
  ingested?: IngestSummary | null;
}

export interface Step {
  state: RemoteState;
  /** The validated catalogue to bundle and store, when it replaces the current one */
  swap: Catalogue | null;
}

export const INITIAL_STATE: RemoteState = { good: null, lastAttemptAt: null, error: null };

/** The good catalogue when it came from this very address; another address starts afresh. */
export function goodFor(state: RemoteState, url: string): GoodCatalogue | null {
  return state.good?.url === url ? state.good : null;
}

/** The ETag to send as If-None-Match. */
export function conditionalEtag(state: RemoteState, url: string): string | null {
  return goodFor(state, url)?.etag ?? null;
}

export function failure(state: RemoteState, at: string, code: RefreshErrorCode, detail: string): Step {
  return { state: { ...state, lastAttemptAt: at, error: { code, detail, at }, ingesting: null }, swap: null };
}

export function applyOutcome(
  previous: RemoteState,
  url: string,
  outcome: FetchOutcome,
  now: Date,
  validate: (data: unknown) => ValidationResult,
): Step {
  const at = now.toISOString();
  const good = goodFor(previous, url);
  switch (outcome.kind) {
    case 'not-modified':
      if (!good) return failure(previous, at, 'http', 'HTTP 304 without a catalogue from this address');
      return {
        state: {
          ...previous,
          good: { ...good, checkedAt: at },
          lastAttemptAt: at,
          error: null,
          ingesting: null,
        },
        swap: null,
      };
    case 'http-error':
      return failure(previous, at, 'http', `HTTP ${outcome.status}`);
    case 'timeout':
      return failure(previous, at, 'timeout', 'no complete answer in time');
    case 'network':
      return failure(previous, at, 'network', outcome.detail);
    case 'oversize':
      return failure(previous, at, 'oversize', `larger than ${outcome.limit} bytes`);
    case 'content-type':
      return failure(previous, at, 'content-type', `content-type "${outcome.contentType}"`);
    case 'refused':
      return failure(previous, at, outcome.code, outcome.detail);
    case 'body':
      return applyBody(previous, url, outcome, at, validate);
  }
}

function applyBody(
  previous: RemoteState,
  url: string,
  { text, etag, signedBy = null }: Extract<FetchOutcome, { kind: 'body' }>,
  at: string,
  validate: (data: unknown) => ValidationResult,
): Step {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failure(previous, at, 'json', (error as Error).message);
  }
  return applyValidation(previous, url, validate(data), etag, new Date(at), signedBy);
}

/**
 * The step for a document that was parsed and validated elsewhere (lib/ingest does both in
 * pieces): a valid, newer document is swapped in; anything else keeps the last good one.
 */
export function applyValidation(
  previous: RemoteState,
  url: string,
  result: ValidationResult,
  etag: string | null,
  now: Date,
  /** The policy key that verified the document, if any */
  signedBy: string | null = null,
): Step {
  const at = now.toISOString();
  if (!result.ok) {
    const first = result.issues[0];
    const detail = first ? `${first.path}: ${first.message}` : 'invalid';
    return failure(previous, at, 'schema', `${result.issues.length} problem(s), first ${detail}`);
  }
  const version = result.catalogue.version;
  const good = goodFor(previous, url);
  if (good && version < good.version) {
    return failure(previous, at, 'older', `version ${version} is older than ${good.version} in use`);
  }
  if (good && version === good.version) {
    return {
      state: {
        ...previous,
        good: { ...good, etag, checkedAt: at, signedBy },
        lastAttemptAt: at,
        error: null,
        ingesting: null,
      },
      swap: null,
    };
  }
  const next: GoodCatalogue = { url, version, etag, fetchedAt: at, checkedAt: at, signedBy };
  return { state: { good: next, lastAttemptAt: at, error: null, ingesting: null }, swap: result.catalogue };
}

/**
 * Whether the stored catalogue may stay in use under the policy's keys: always without keys,
 * otherwise only when one of them verified it (a key removed from the policy is no longer trusted).
 */
export function trustedUnder(good: GoodCatalogue | null, keyIds: readonly string[] | null): boolean {
  if (keyIds === null) return true;
  return !!good?.signedBy && keyIds.includes(good.signedBy);
}

/** Whether a refresh is due: never tried, another address, cut off mid-way, or the interval has passed. */
export function isDue(state: RemoteState, url: string, intervalMinutes: number, now: Date): boolean {
  if (!state.lastAttemptAt || !goodFor(state, url) || state.ingesting) return true;
  return now.getTime() - Date.parse(state.lastAttemptAt) >= intervalMinutes * 60_000;
}
