/**
 * The remote catalogue's refresh as a pure state machine: one HTTP outcome and the previous state
 * in, the next state and (at most) one catalogue to swap in out. Anything short of a valid,
 * not-older document keeps the last good catalogue; the error is recorded for the options page.
 */
import type { ValidationResult } from '../catalogue/validate.ts';
import type { FetchOutcome, GoodCatalogue, RefreshErrorCode, RemoteState, Step } from './remote-state.ts';

export type {
  FetchOutcome,
  GoodCatalogue,
  Ingesting,
  IngestSummary,
  RefreshError,
  RefreshErrorCode,
  RemoteState,
  Step,
} from './remote-state.ts';

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
  { body, etag, signedBy = null }: Extract<FetchOutcome, { kind: 'body' }>,
  at: string,
  validate: (data: unknown) => ValidationResult,
): Step {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(body));
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
