import { describe, expect, it } from 'vitest';
import { ResourceSchema } from '../../../data/schema.ts';
import { knownHours } from '../../../lib/catalogue/facts.ts';
import { checkHours } from '../../../lib/hours/compile.ts';
import { listResourceDir, readResourceFiles, readResources } from './resource-files.ts';

const files = readResourceFiles();

describe('data/resources', () => {
  it('holds only .json files', () => {
    expect(listResourceDir().filter((file) => !file.endsWith('.json'))).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [file.name, file.data] as const))(
    '%s.json parses with ResourceSchema',
    (_, data) => {
      const parsed = ResourceSchema.safeParse(data);
      // Listing the issues makes a failure say which field to fix.
      const issues = parsed.success
        ? []
        : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(issues).toEqual([]);
    },
  );

  it.each(files.map((file) => [file.name, file.data] as const))(
    '%s.json has the id of its file name',
    (name, data) => {
      expect((data as { id?: unknown }).id).toBe(name);
    },
  );

  it('writes every opening-hours expression so the engine need not guess', () => {
    const problems: string[] = [];
    for (const resource of readResources()) {
      for (const channel of resource.channels) {
        const known = 'hours' in channel ? knownHours(channel.hours) : null;
        if (!known) continue;
        const problem = checkHours(known.osm);
        if (problem) problems.push(`${resource.id} ${channel.type}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
