/** A CLI context that records what a command prints, and a copy of data/ that a test may change. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliContext } from '../../../scripts/catalogue-commands/types.ts';
import { createContext } from '../../../scripts/lib/cli-context.ts';
import { DATA_DIR } from '../../../scripts/lib/read-data.ts';

export function capture(): CliContext & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { ...createContext(), stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

export interface DataCopy {
  dir: string;
  edit(file: string, change: (json: Record<string, unknown>) => void): void;
  remove(): void;
}

export function copyData(prefix: string): DataCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(DATA_DIR, 'resources'), join(dir, 'resources'), { recursive: true });
  cpSync(join(DATA_DIR, 'vocabulary'), join(dir, 'vocabulary'), { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      change(json);
      writeFileSync(path, JSON.stringify(json));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
