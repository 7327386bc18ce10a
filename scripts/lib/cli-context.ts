import type { Catalogue } from '../../data/catalogue-schema.ts';
import type { CliContext } from '../catalogue-commands/types.ts';
import { catalogueOptions, readCatalogue } from './read-data.ts';

/** Thrown by loadCatalogue when the data does not validate; carries the issues for printing. */
export class CatalogueInvalidError extends Error {
  constructor(readonly lines: string[]) {
    super(
      `The catalogue is not valid (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
    );
  }
}

let pipeWatched = false;

/** "catalogue suggest … | head": a reader that stops reading early is not an error. */
function exitQuietlyOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

export function createContext(): CliContext {
  exitQuietlyOnClosedPipe();
  return {
    async loadCatalogue(path?: string): Promise<Catalogue> {
      const result = readCatalogue(path, await catalogueOptions());
      if (result.ok) return result.catalogue;
      throw new CatalogueInvalidError(result.issues.map((i) => `${i.file}: ${i.path}: ${i.message}`));
    },
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/**
 * Loads a catalogue for a command that compares or reports on it: when it does not validate, says
 * which one (`which`, e.g. "old") and why on stderr and returns null, so the command exits 1.
 */
export async function loadOrReport(
  ctx: CliContext,
  path: string | undefined,
  which: string,
): Promise<Catalogue | null> {
  try {
    return await ctx.loadCatalogue(path);
  } catch (error) {
    if (!(error instanceof CatalogueInvalidError)) throw error;
    ctx.err(`The ${which} catalogue (${path ?? 'data/'}) cannot be read:`);
    for (const line of error.lines) ctx.err(`  ${line}`);
    return null;
  }
}

/** Reads `--name value` out of args; returns the value and the remaining args. */
export function takeOption(args: string[], name: string): { value: string | undefined; rest: string[] } {
  const i = args.indexOf(name);
  if (i === -1) return { value: undefined, rest: args };
  return { value: args[i + 1], rest: [...args.slice(0, i), ...args.slice(i + 2)] };
}
