/**
 * One conditional GET of the catalogue document, classified for lib/remote/remote-catalogue.ts.
 * Runs in the background service worker and in Node tests (global fetch). The size limit is
 * enforced while reading, so a huge or endless body is cut off instead of filling memory.
 */
import type { FetchOutcome } from './remote-catalogue.ts';

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_CATALOGUE_BYTES = 2 * 1024 * 1024;

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

export function isJsonContentType(value: string | null): boolean {
  const type = (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

async function readLimited(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return '';
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
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(all);
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

export async function fetchCatalogue(
  url: string,
  etag: string | null,
  options: FetchOptions = {},
): Promise<FetchOutcome> {
  const { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_CATALOGUE_BYTES, fetchImpl = fetch } = options;
  const signal = AbortSignal.timeout(timeoutMs);
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
    const text = await readLimited(response, maxBytes);
    if (text === null) return { kind: 'oversize', limit: maxBytes };
    return { kind: 'body', text, etag: response.headers.get('etag') };
  } catch (error) {
    if (isTimeout(error) || signal.aborted) return { kind: 'timeout' };
    return { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
  }
}
