/**
 * One conditional GET of the catalogue document, classified for lib/remote/remote-catalogue.ts.
 * Runs in the background service worker and in Node tests (global fetch). The size limit is
 * enforced while reading, so a huge or endless body is cut off instead of filling memory.
 */
import { macrotask } from '../ingest/slices.ts';
import type { FetchOutcome } from './remote-catalogue.ts';

/** Copying work between two pauses while the body is put together. */
const DECODE_BUDGET_MS = 8;

/** The server must answer (status and headers) within this. */
export const FETCH_TIMEOUT_MS = 10_000;
/** The whole body within this: a national document is 14 MB (1.6 MB compressed) on a slow link. */
export const BODY_TIMEOUT_MS = 60_000;
/**
 * The default limit on the document's size after decompression: a national document of 10,000
 * entries is about 14 MB, so this leaves room to grow; the policy key `catalogueMaxMB` raises or
 * lowers it (data/policy-schema.ts).
 */
export const DEFAULT_MAX_MB = 40;
export const MAX_CATALOGUE_BYTES = DEFAULT_MAX_MB * 1024 * 1024;

/** The byte limit for a policy's `catalogueMaxMB`, or the default. */
export function catalogueByteLimit(maxMB: number | undefined): number {
  return (maxMB ?? DEFAULT_MAX_MB) * 1024 * 1024;
}

export interface FetchOptions {
  /** Until the status and headers arrive */
  timeoutMs?: number;
  /** Until the whole body has arrived, once the headers are in */
  bodyTimeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

export function isJsonContentType(value: string | null): boolean {
  const type = (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

/** The chunks as one array, copied a chunk at a time with a pause every DECODE_BUDGET_MS. */
async function joined(chunks: readonly Uint8Array[], size: number): Promise<Uint8Array> {
  const out = new Uint8Array(size);
  let at = 0;
  let since = performance.now();
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
    if (performance.now() - since > DECODE_BUDGET_MS) {
      await macrotask();
      since = performance.now();
    }
  }
  return out;
}

/**
 * The body's bytes, or null past `maxBytes`. The browser has already undone any Content-Encoding
 * (gzip, br), so the limit counts the document's own bytes; Content-Length is the compressed size
 * then, and only refuses early when even that is over the limit. Kept as bytes: the document is
 * decoded a piece at a time where it is parsed (lib/ingest/json-bytes.ts).
 */
async function readLimited(
  response: Response,
  maxBytes: number,
): Promise<{ body: Uint8Array; bytes: number } | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return { body: new Uint8Array(0), bytes: 0 };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return { body: await joined(chunks, size), bytes: size };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

export async function fetchCatalogue(
  url: string,
  etag: string | null,
  options: FetchOptions = {},
): Promise<FetchOutcome> {
  const {
    timeoutMs = FETCH_TIMEOUT_MS,
    bodyTimeoutMs = BODY_TIMEOUT_MS,
    maxBytes = MAX_CATALOGUE_BYTES,
    fetchImpl = fetch,
  } = options;
  const controller = new AbortController();
  const { signal } = controller;
  const abort = () => controller.abort(new DOMException('no complete answer in time', 'TimeoutError'));
  // A server that does not answer is given up soon; a large body gets longer to arrive.
  let timer = setTimeout(abort, timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (etag) headers['if-none-match'] = etag;
    // The browser's own cache stays out of it: revalidation is ours, with the stored ETag.
    const response = await fetchImpl(url, {
      headers,
      signal,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'error',
    });
    clearTimeout(timer);
    timer = setTimeout(abort, bodyTimeoutMs);
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: 'http-error', status: response.status };
    }
    const contentType = response.headers.get('content-type');
    if (!isJsonContentType(contentType)) {
      await response.body?.cancel();
      return { kind: 'content-type', contentType: contentType ?? '' };
    }
    const body = await readLimited(response, maxBytes);
    if (body === null) return { kind: 'oversize', limit: maxBytes };
    return { kind: 'body', body: body.body, etag: response.headers.get('etag'), bytes: body.bytes };
  } catch (error) {
    if (isTimeout(error) || signal.aborted) return { kind: 'timeout' };
    return { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
