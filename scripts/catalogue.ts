/**
 * The catalogue tool: `npm run catalogue -- <command> [args]`. Every file in
 * scripts/catalogue-commands/ that exports `command` is a subcommand; there is no list to keep.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliCommand, CliContext } from './catalogue-commands/types.ts';
import { createContext } from './lib/cli-context.ts';

const COMMAND_DIR = join(import.meta.dirname, 'catalogue-commands');

export async function loadCommands(): Promise<Map<string, CliCommand>> {
  const commands = new Map<string, CliCommand>();
  for (const file of readdirSync(COMMAND_DIR).sort()) {
    if (!file.endsWith('.ts') || file === 'types.ts') continue;
    const mod = (await import(pathToFileURL(join(COMMAND_DIR, file)).href)) as { command?: CliCommand };
    if (mod.command) commands.set(mod.command.name, mod.command);
  }
  return commands;
}

export async function main(argv: string[], ctx: CliContext = createContext()): Promise<number> {
  const commands = await loadCommands();
  const [name, ...args] = argv;
  const command = name ? commands.get(name) : undefined;
  if (!command) {
    if (name && name !== 'help' && name !== '--help') ctx.err(`Unknown command "${name}".`);
    ctx.err('Usage: npm run catalogue -- <command>');
    for (const c of commands.values()) ctx.err(`  ${c.usage}${c.summary ? `\n      ${c.summary}` : ''}`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  return command.run(args, ctx);
}

if (import.meta.filename === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
