import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCatalogue, isJsonContentType } from '../../../lib/remote/remote-fetch.ts';
import { type DemoServer, startDemoServer } from '../../../scripts/lib/demo-server.ts';

let server: DemoServer;
const seen: (string | undefined)[] = [];

beforeAll(async () => {
  server = await startDemoServer(0);
  server.routes.push((req, res) => {
    const path = req.url ?? '';
    seen.push(req.headers['if-none-match']);
    const json = { 'content-type': 'application/json; charset=utf-8', etag: '"v1"' };
    if (path === '/good.json') {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, json).end('{"ok":true}');
    } else if (path === '/html') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>login</p>');
    else if (path === '/big-declared') res.writeHead(200, json).end('x'.repeat(5000));
    else if (path === '/big-chunked') {
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      res.end();
    } else if (path === '/slow') setTimeout(() => res.writeHead(200, json).end('{}'), 1500);
    else if (path === '/error') res.writeHead(500).end();
    else return false;
    return true;
  });
});
afterAll(() => server.close());

describe('fetchCatalogue', () => {
  it('returns the body and ETag, then 304 when sent the ETag', async () => {
    const first = await fetchCatalogue(`${server.origin}/good.json`, null);
    expect(first).toEqual({
      kind: 'body',
      body: new TextEncoder().encode('{"ok":true}'),
      bytes: 11,
      etag: '"v1"',
    });
    expect(await fetchCatalogue(`${server.origin}/good.json`, '"v1"')).toEqual({ kind: 'not-modified' });
    expect(seen.slice(-2)).toEqual([undefined, '"v1"']);
  });

  it('classifies errors, wrong types, oversize bodies and timeouts', async () => {
    const url = (path: string) => `${server.origin}${path}`;
    expect(await fetchCatalogue(url('/missing'), null)).toEqual({ kind: 'http-error', status: 404 });
    expect(await fetchCatalogue(url('/error'), null)).toEqual({ kind: 'http-error', status: 500 });
    expect(await fetchCatalogue(url('/html'), null)).toEqual({
      kind: 'content-type',
      contentType: 'text/html',
    });
    expect(await fetchCatalogue(url('/big-declared'), null, { maxBytes: 4000 })).toEqual({
      kind: 'oversize',
      limit: 4000,
    });
    expect(await fetchCatalogue(url('/big-chunked'), null, { maxBytes: 4000 })).toEqual({
      kind: 'oversize',
      limit: 4000,
    });
    expect(await fetchCatalogue(url('/slow'), null, { timeoutMs: 300 })).toEqual({ kind: 'timeout' });
  });

  it('reports an unreachable server as a network error', async () => {
    const outcome = await fetchCatalogue('http://127.0.0.1:9/none.json', null);
    expect(outcome.kind).toBe('network');
  });

  it('recognises JSON content types only', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('application/vnd.hanvisa+json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });
});
