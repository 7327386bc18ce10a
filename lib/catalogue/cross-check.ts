/**
 * The checks across files of a catalogue that one file's schema cannot make: unique ids and names,
 * facts that point at sources, opening hours that parse, and references between resources,
 * situations and parts that resolve. The checks run as a task that pauses (yields) now and then, so
 * the service worker can check a national document in pieces (lib/ingest); crossCheck runs it at once.
 */
import type { Resource } from '../../data/schema.ts';
import type { Part, Theme } from '../../data/vocabulary-schema.ts';
import { factRefProblems } from './fact-refs.ts';
import { knownHours } from './facts.ts';
import type { CatalogueIssue, ValidateOptions } from './validate.ts';

const same = (text: string) => text.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/** Name, organisation and coverage: what makes two entries the same service. */
function duplicateKey(resource: Resource): string {
  const c = resource.coverage;
  const where =
    c === 'unknown' || c.scope === 'national'
      ? String(c === 'unknown' ? c : c.scope)
      : `${[...c.regions].sort().join(',')}/${(c.municipalities ?? []).map(same).sort().join(',')}`;
  return [same(resource.name), same(resource.organisation), where].join('\u0000');
}

/** Runs a task that pauses (yields) to its end at once. */
export function drain<T>(task: Generator<void, T, void>): T {
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
  }
}

export function crossCheck(
  resources: { file: string; resource: Resource }[],
  themes: { file: string; theme: Theme }[],
  parts: { file: string; part: Part }[],
  options: ValidateOptions,
): CatalogueIssue[] {
  return drain(crossCheckSteps(resources, themes, parts, options));
}

/** Every expression is checked once, however many channels share it. */
function memoised(check: (osm: string) => string | null): (osm: string) => string | null {
  const seen = new Map<string, string | null>();
  return (osm) => {
    if (!seen.has(osm)) seen.set(osm, check(osm));
    return seen.get(osm) ?? null;
  };
}

export function* crossCheckSteps(
  resources: { file: string; resource: Resource }[],
  themes: { file: string; theme: Theme }[],
  parts: { file: string; part: Part }[],
  options: ValidateOptions,
): Generator<void, CatalogueIssue[], void> {
  const checkHours = options.checkHours && memoised(options.checkHours);
  let done = 0;
  const issues: CatalogueIssue[] = [];
  const ids = new Map<string, string>();
  const names = new Map<string, { file: string; id: string }>();
  for (const { file, resource } of resources) {
    const sameId = ids.get(resource.id);
    if (sameId)
      issues.push({ file, path: 'id', message: `duplicate id "${resource.id}" (also in ${sameId})` });
    ids.set(resource.id, file);
    // The same name in another town or run by another organisation is normal in a national
    // catalogue ("Ungdomsmottagningen"); the same name, organisation and coverage is one service twice.
    const key = duplicateKey(resource);
    const same = names.get(key);
    if (same)
      issues.push({
        file,
        path: 'name',
        message: `duplicate of ${same.file} ("${same.id}"): the same name "${resource.name}", organisation and coverage; merge them, or say in coverage.municipalities which towns each serves`,
      });
    else names.set(key, { file, id: resource.id });
    for (const problem of factRefProblems(resource)) issues.push({ file, ...problem });
    if (++done % 100 === 0) yield;
    if (!checkHours) continue;
    for (const [i, channel] of resource.channels.entries()) {
      const known = 'hours' in channel ? knownHours(channel.hours) : null;
      if (known) yield; // checking a new expression takes a millisecond or two
      const problem = known && checkHours(known.osm);
      if (problem) issues.push({ file, path: `channels[${i}].hours.osm`, message: problem });
    }
  }
  for (const { file, resource } of resources) {
    if (++done % 500 === 0) yield;
    if (resource.kind !== 'guidance') continue;
    resource.related.forEach((id, i) => {
      if (!ids.has(id))
        issues.push({ file, path: `related[${i}]`, message: `no resource with id "${id}" in the catalogue` });
    });
  }
  const themeIds = new Set<string>();
  for (const { file, theme } of themes) {
    if (themeIds.has(theme.id)) issues.push({ file, path: 'id', message: `duplicate theme "${theme.id}"` });
    themeIds.add(theme.id);
  }
  const partIds = new Set<string>();
  for (const { file, part } of parts) {
    if (partIds.has(part.id)) issues.push({ file, path: 'id', message: `duplicate part "${part.id}"` });
    partIds.add(part.id);
  }
  for (const { file, theme } of themes) {
    theme.combos.forEach((combo, i) => {
      combo.parts.forEach((id, j) => {
        if (!partIds.has(id))
          issues.push({
            file,
            path: `combos[${i}].parts[${j}]`,
            message: `no part "${id}": add data/vocabulary/parts/${id}.json or use an existing part`,
          });
      });
    });
    theme.signs.forEach((signs, i) => {
      [...signs.parts, ...(signs.with ? [signs.with] : [])].forEach((id, j) => {
        if (!partIds.has(id))
          issues.push({
            file,
            path: j < signs.parts.length ? `signs[${i}].parts[${j}]` : `signs[${i}].with`,
            message: `no part "${id}": add data/vocabulary/parts/${id}.json or use an existing part`,
          });
      });
    });
  }
  for (const { file, resource } of resources) {
    if (++done % 500 === 0) yield;
    for (const id of Object.keys(resource.serves)) {
      if (!themeIds.has(id) && themes.length > 0)
        issues.push({
          file,
          path: `serves.${id}`,
          message: `no situation "${id}" in the vocabulary (data/vocabulary/${id}.json)`,
        });
    }
  }
  return issues;
}
