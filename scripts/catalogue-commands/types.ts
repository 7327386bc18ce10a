import type { Catalogue } from '../../data/catalogue-schema.ts';

/** What the catalogue CLI hands every subcommand; tests pass their own. */
export interface CliContext {
  /** The validated catalogue: data/ by default, or a directory or single-file document. */
  loadCatalogue(path?: string): Promise<Catalogue>;
  out(line: string): void;
  err(line: string): void;
  readStdin(): Promise<string>;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary?: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}
