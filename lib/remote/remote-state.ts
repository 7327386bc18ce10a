/**
 * The types of the remote catalogue's refresh (remote-catalogue.ts): what a fetch can end in, the
 * error codes the options page explains, and the state the background keeps between refreshes.
 */
import type { Catalogue } from '../../data/catalogue-schema.ts';
import type { SignatureProblem } from '../catalogue/signature.ts';

export type FetchOutcome =
  /**
   * `body`: the bytes received (after decompression, UTF-8; a 16 MB document is never decoded
   * whole, lib/ingest/json-bytes.ts); `bytes`: their size; `signedBy`: the policy key that
   * verified the document (lib/catalogue/signature.ts), if any
   */
  | { kind: 'body'; body: Uint8Array; etag: string | null; bytes?: number; signedBy?: string | null }
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
