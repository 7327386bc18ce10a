/**
 * A small static server for demo/ on 127.0.0.1 only. Used by `npm run demo`, `npm start`, the
 * browser tests and the benchmarks. It logs every request so tests can see what reached it.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export const DEMO_DIR = resolve(import.meta.dirname, '../../demo');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface DemoServer {
  server: Server;
  origin: string;
  /** Every request path seen, in order */
  requests: string[];
  /** Extra handlers tried before the static files (tests add catalogue endpoints here) */
  routes: Route[];
  close(): Promise<void>;
}

export async function startDemoServer(port = 0, root: string = DEMO_DIR): Promise<DemoServer> {
  const requests: string[] = [];
  const routes: Route[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    for (const route of routes) if (await route(req, res)) return;
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${actual}`,
    requests,
    routes,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
