import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../../scripts/catalogue.ts';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('lists every catalogue command in its command table, and no command that does not exist', async () => {
    const commands = [...(await loadCommands()).keys()].sort();
    const listed = [...README.matchAll(/^\| `npm run catalogue -- (\w[\w-]*)/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(commands);
  });
});
