/**
 * What the administration browser tests need around the browser: a real Chromium policy file
 * (removed again even when a test fails or the run is interrupted) and a catalogue endpoint on
 * 127.0.0.1 whose behaviour the test switches: good, broken, oversized, slow, 304, wrong type.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BrowserContext } from 'playwright-core';
import { CHROME_EXTENSION_ID } from '../../lib/extension/extension-id.ts';
import { readCatalogue } from '../../scripts/lib/read-data.ts';

export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = `${POLICY_DIR}/hanvisa-test.json`;

/** Writes a whole Chromium policy file (ExtensionSettings, 3rdparty, …). */
export function writePolicyFile(policies: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify(policies));
}

/** Writes the extension's own settings (the 3rdparty policy) for the store build's id. */
export function writePolicy(policy: Record<string, unknown>, id = CHROME_EXTENSION_ID): void {
  writePolicyFile({ '3rdparty': { extensions: { [id]: policy } } });
}

/** Chromium re-reads the policy files now, as "Reload policies" in chrome://policy does. */
export async function reloadPolicies(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://policy/');
  await page.click('#reload-policies');
  await page.close();
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}
process.once('exit', removePolicy);

export type Mode = 'good' | 'newer' | 'broken' | 'oversize' | 'slow' | 'wrong-type' | 'missing';

export function catalogueDocument(version: string, dropFirst = false): string {
  const result = readCatalogue();
  if (!result.ok) throw new Error('data/ does not validate');
  // Drop the first resource no guidance entry points to, so nothing is left dangling (what a
  // resource serves is said on the resource itself).
  const all = result.catalogue.resources;
  const related = new Set(all.flatMap((r) => (r.kind === 'guidance' ? r.related : [])));
  const dropped = all.find((r) => r.kind !== 'guidance' && !related.has(r.id));
  const resources = dropFirst ? all.filter((r) => r !== dropped) : all;
  return JSON.stringify({ ...result.catalogue, version, resources });
}

export interface CatalogueEndpoint {
  path: string;
  mode: Mode;
  /** If-None-Match of every GET, in order */
  conditional: (string | null)[];
  route(req: IncomingMessage, res: ServerResponse): boolean;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'If-None-Match',
  'access-control-expose-headers': 'ETag',
};

export function catalogueEndpoint(versions: { good: string; newer: string }): CatalogueEndpoint {
  const bodies = { good: catalogueDocument(versions.good), newer: catalogueDocument(versions.newer, true) };
  const endpoint: CatalogueEndpoint = {
    path: '/intranet/hanvisa/catalogue.json',
    mode: 'good',
    conditional: [],
    route(req, res) {
      if (!req.url?.startsWith(endpoint.path)) return false;
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS).end();
        return true;
      }
      const etag = req.headers['if-none-match'] ?? null;
      endpoint.conditional.push(etag);
      const json = { ...CORS, 'content-type': 'application/json; charset=utf-8' };
      const mode = endpoint.mode;
      if (mode === 'good' || mode === 'newer') {
        const tag = `"${mode}"`;
        if (etag === tag) res.writeHead(304, CORS).end();
        else res.writeHead(200, { ...json, etag: tag }).end(bodies[mode]);
      } else if (mode === 'broken')
        res.writeHead(200, json).end('{"format":"hanvisa-catalogue/1","version":"x"}');
      else if (mode === 'oversize') res.writeHead(200, json).end(`{"pad":"${'x'.repeat(3 * 1024 * 1024)}"}`);
      else if (mode === 'wrong-type')
        res.writeHead(200, { ...CORS, 'content-type': 'text/html' }).end('<p>Logga in</p>');
      else if (mode === 'missing') res.writeHead(404, CORS).end();
      else setTimeout(() => res.writeHead(200, json).end(bodies.good), 12_000);
      return true;
    },
  };
  return endpoint;
}

/** What the catalogue store (IndexedDB, platform/catalogue-db.ts) holds as active, read in the worker. */
export interface StoredSummary {
  version: string | null;
  url: string | null;
  count: number;
  /** Ids and names of the stored resources */
  resources: { id: string; name: string; kind: string; related?: string[] | undefined }[];
}

/** Reads the active catalogue from IndexedDB inside the extension's worker. */
export function readStoredCatalogue(ext: {
  inWorker<T>(fn: (chrome: unknown) => T | Promise<T>): Promise<T>;
}): Promise<StoredSummary> {
  return ext.inWorker(async () => {
    const req = (r: IDBRequest) =>
      new Promise<unknown>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = (await new Promise((resolve, reject) => {
      const open = indexedDB.open('hanvisa-catalogue');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
      // Not created yet: nothing stored.
      open.onupgradeneeded = () => {
        open.result.createObjectStore('meta');
        open.result.createObjectStore('catalogue');
      };
    })) as IDBDatabase;
    try {
      const tx = db.transaction(['meta', 'catalogue'], 'readonly');
      const ref = (await req(tx.objectStore('meta').get('active'))) as {
        generation: number;
        url: string;
        version: string;
      } | null;
      if (!ref) return { version: null, url: null, count: 0, resources: [] };
      // One entry per resource (platform/catalogue-pieces.ts), in the index's order.
      const range = IDBKeyRange.bound([ref.generation, 'entry'], [ref.generation, 'entry', []]);
      const entries = (await req(tx.objectStore('catalogue').getAll(range))) as {
        resource: { id: string; name: string; kind: string; related?: string[] };
      }[];
      const resources = entries.map(({ resource: { id, name, kind, related } }) => ({
        id,
        name,
        kind,
        related,
      }));
      return { version: ref.version, url: ref.url, count: resources.length, resources };
    } finally {
      db.close();
    }
  });
}

/** Empties the catalogue store, as if no version with IndexedDB had run yet. */
export function clearStoredCatalogue(ext: {
  inWorker<T>(fn: (chrome: unknown) => T | Promise<T>): Promise<T>;
}) {
  return ext.inWorker(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hanvisa-catalogue');
        open.onsuccess = () => {
          const tx = open.result.transaction(['meta', 'catalogue'], 'readwrite');
          tx.objectStore('meta').clear();
          tx.objectStore('catalogue').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}
