/**
 * The JavaScript popup.html loads at start: its module script, modulepreloads and every chunk they
 * import statically. Dynamic imports (the QR code) are listed apart: they load only on demand.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  lazy: boolean;
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

function importsOf(code: string): { eager: string[]; lazy: string[] } {
  const eager = [...code.matchAll(/(?:import|export)\s*(?:[\w*${},\s]+from\s*)?["']([^"']+\.js)["']/g)].map(
    (m) => m[1] ?? '',
  );
  const lazy = [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1] ?? '');
  return { eager, lazy };
}

export function popupScripts(
  dir: string,
  html = 'popup.html',
): { chunks: ChunkSize[]; eagerGzipConcat: number } {
  const page = readFileSync(join(dir, html), 'utf8');
  const roots = [
    ...page.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((m) => (m[1] ?? '').replace(/^\//, ''));
  const seen = new Map<string, boolean>();
  const queue = roots.map((file) => ({ file, lazy: false }));
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next || (seen.has(next.file) && (next.lazy || seen.get(next.file) === false))) continue;
    seen.set(next.file, next.lazy);
    const code = readFileSync(join(dir, next.file), 'utf8');
    const { eager, lazy } = importsOf(code);
    const base = posix.dirname(next.file);
    for (const f of eager) queue.push({ file: posix.join(base, f), lazy: next.lazy });
    for (const f of lazy) queue.push({ file: posix.join(base, f), lazy: true });
  }
  const chunks = [...seen].map(([file, lazy]) => {
    const buf = readFileSync(join(dir, file));
    return { file, raw: buf.length, gzip: gz(buf), lazy };
  });
  const eagerAll = Buffer.concat(chunks.filter((c) => !c.lazy).map((c) => readFileSync(join(dir, c.file))));
  return { chunks, eagerGzipConcat: gz(eagerAll) };
}

/** True when a chunk carries zod or the opening_hours engine (markers that survive minification). */
export function heavyLibraries(dir: string, files: string[]): string[] {
  const found = new Set<string>();
  for (const f of files) {
    const code = readFileSync(join(dir, f), 'utf8');
    if (/ZodError|\$ZodType|zod\.dev/.test(code)) found.add(`zod in ${f}`);
    if (/opening_hours|oh\.getState|pattern_to_week/.test(code)) found.add(`opening_hours in ${f}`);
  }
  return [...found];
}
