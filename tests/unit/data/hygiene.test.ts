import { describe, expect, it } from 'vitest';
import type { Resource, ResourceKind } from '../../../data/schema.ts';
import { THEME_IDS, type ThemeId } from '../../../data/themes.ts';
import { COUNTY_CODES, isAfter, phoneGroupingProblem, todayInStockholm } from './checks.ts';
import { REQUIRED_IDS } from './required-ids.ts';
import { readResources, readThemes } from './resource-files.ts';

const resources = readResources();
const LEARN_KINDS = new Set<ResourceKind>(['training', 'report', 'information', 'material']);

function duplicates(values: string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) !== i);
}

function phoneNumbers(resource: Resource): string[] {
  return resource.channels.flatMap((c) => ('number' in c && c.number !== 'unknown' ? [c.number] : []));
}

describe('catalogue hygiene', () => {
  it('has every required resource', () => {
    const ids = new Set(resources.map((r) => r.id));
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has no duplicate ids or names', () => {
    expect(duplicates(resources.map((r) => r.id))).toEqual([]);
    expect(duplicates(resources.map((r) => r.name.toLocaleLowerCase('sv')))).toEqual([]);
  });

  it('cites https sources, each once per resource', () => {
    for (const { id, sources } of resources) {
      const urls = sources.map((s) => s.url);
      expect(
        urls.filter((url) => new URL(url).protocol !== 'https:'),
        id,
      ).toEqual([]);
      expect(duplicates(urls), id).toEqual([]);
    }
  });

  it('was not verified in the future', () => {
    const today = todayInStockholm();
    expect(resources.filter((r) => isAfter(r.verified, today)).map((r) => r.id)).toEqual([]);
  });

  it('writes phone numbers in consistent Swedish groups', () => {
    const problems = resources.flatMap((r) =>
      phoneNumbers(r).flatMap((n) => {
        const problem = phoneGroupingProblem(n);
        return problem ? [`${r.id} "${n}": ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('writes the same number the same way everywhere', () => {
    const shown = new Map<string, Set<string>>();
    for (const number of resources.flatMap(phoneNumbers)) {
      const digits = number.replace(/\D/g, '');
      shown.set(digits, (shown.get(digits) ?? new Set()).add(number));
    }
    expect([...shown.values()].filter((forms) => forms.size > 1).map((forms) => [...forms])).toEqual([]);
  });

  it('uses only known situations and region codes', () => {
    const themes = new Set<string>(THEME_IDS);
    const counties = new Set<string>(COUNTY_CODES);
    for (const { id, serves, coverage } of resources) {
      expect(
        Object.keys(serves).filter((t) => !themes.has(t)),
        id,
      ).toEqual([]);
      const regions = coverage !== 'unknown' && coverage.scope === 'regions' ? coverage.regions : [];
      expect(
        regions.filter((code) => !counties.has(code)),
        id,
      ).toEqual([]);
    }
  });

  it('serves only situations that have a vocabulary file, and every situation is served by a contact', () => {
    const situations = new Set(readThemes().map((t) => t.id));
    for (const { id, serves } of resources) {
      expect(
        Object.keys(serves).filter((t) => !situations.has(t as ThemeId)),
        id,
      ).toEqual([]);
    }
    // A contact: someone a patient or a relative can turn to, not a training, report or page.
    const contacts = resources.filter(
      (r) => !LEARN_KINDS.has(r.kind) && r.audience.some((a) => a === 'patient' || a === 'relatives'),
    );
    const unserved = [...situations].filter((t) => !contacts.some((r) => (r.serves[t] ?? 0) > 0));
    expect(unserved).toEqual([]);
  });

  it('explains every unknown contact detail', () => {
    for (const r of resources) {
      const vague = r.channels.some(
        (c) =>
          ('number' in c && c.number === 'unknown') ||
          ('url' in c && c.url === 'unknown') ||
          ('address' in c && c.address === 'unknown') ||
          ('hours' in c && c.hours === 'unknown' && c.note === undefined),
      );
      // Guidance has no channels by nature: it is advice, not a service to contact.
      const contactless = r.channels.length === 0 && r.kind !== 'guidance';
      if (vague || contactless) expect(r.unknownNote, r.id).toBeTruthy();
    }
  });

  it('keeps purposes on one line and gives an English name and purpose', () => {
    for (const r of resources) {
      expect(r.purpose, r.id).not.toMatch(/\n/);
      expect(r.en?.name, r.id).toBeTruthy();
      expect(r.en?.purpose, r.id).toBeTruthy();
    }
  });
});
