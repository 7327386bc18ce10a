/**
 * The background's side of the page reader: what `page:hello` hands out and what `page:hits`
 * keeps. The settings decide what is kept, whatever a (possibly subverted) reader sends.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { matcherFromTables, TABLES_VERSION } from '../../../lib/matcher/index.ts';
import { effectiveSettings, type UserSettings } from '../../../lib/policy/settings.ts';
import { NO_PATIENT } from '../../../lib/rank/patient.ts';
import { realCatalogue } from '../catalogue-fixture.ts';

const user: { settings: UserSettings } = { settings: {} };

vi.mock('../../../platform/catalogue.ts', async () => {
  const { viewOfBundle } = await import('../../../lib/catalogue/bundle-view.ts');
  const view = viewOfBundle(await realCatalogue());
  return { loadCatalogue: async () => view };
});
vi.mock('../../../platform/settings.ts', () => ({
  getEffectiveSettings: async () => effectiveSettings(user.settings, {}),
}));
vi.mock('../../../platform/sites.ts', () => ({
  listSites: async () => ({ user: ['https://journal.example.se/*'], policy: [] }),
  pageContextOff: async () => false,
}));

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
const { hello, pageOf, receiveHits } = await import('../../../entrypoints/background/page-context.ts');

const sender = { id: 'x', tab: { id: 7 }, frameId: 0, url: 'https://journal.example.se/note/1' };
const report = {
  hits: [
    {
      theme: 'sex-mot-ersattning' as const,
      count: 2,
      negated: 0,
      denied: 0,
      uncertain: 0,
      hypothetical: 0,
      other: 0,
      words: ['sålt sex'],
    },
  ],
  named: [{ id: 'terrafem', count: 1, negated: 0 }],
  patient: {
    age: 32,
    otherAge: null,
    otherGender: null,
    gender: 'woman' as const,
    interpreter: true,
    languages: ['ar'],
    children: true,
  },
  age: 16,
};

beforeEach(() => {
  fakeBrowser.reset();
  user.settings = {};
});

describe('page:hello', () => {
  it('hands out the reader vocabulary and what may be read', async () => {
    const reply = await hello();
    const catalogue = await realCatalogue();
    expect(reply.vocabulary.themes).toEqual(catalogue.vocabulary);
    expect(reply.vocabulary.parts).toEqual(catalogue.parts);
    expect(reply.vocabulary.named).toContainEqual({
      id: 'terrafem',
      aliases: expect.arrayContaining(['Terrafem']),
    });
    expect(reply).toMatchObject({ readAge: false, readPatient: true });
    // The vocabulary compiled once: tables the page rebuilds its reader from, the same on every hello.
    expect(reply.tables?.version).toBe(TABLES_VERSION);
    const matcher = matcherFromTables(JSON.parse(JSON.stringify(reply.tables)), reply.vocabulary);
    expect(matcher?.scan('Pat har sålt sex. Hänvisad till Terrafem.')).toMatchObject({
      hits: [expect.objectContaining({ theme: 'sex-mot-ersattning' })],
      named: [expect.objectContaining({ id: 'terrafem' })],
    });
    expect((await hello()).tables).toBe(reply.tables);
    user.settings = { ageFromPersonnummer: true, patientFromNote: false };
    expect(await hello()).toMatchObject({ readAge: true, readPatient: false });
  });
});

describe('page:hits', () => {
  it('keeps what the settings allow: the note values by default, the personnummer age only with the opt-in', async () => {
    const { suggestions } = await receiveHits(report, sender as never);
    expect(suggestions).toBeGreaterThan(0);
    expect(await pageOf(7)).toMatchObject({ ...report, age: null, suggestions });
    user.settings = { ageFromPersonnummer: true, patientFromNote: false };
    await receiveHits(report, sender as never);
    expect(await pageOf(7)).toMatchObject({ hits: report.hits, patient: NO_PATIENT, age: 16 });
  });

  it('refuses a malformed report and keeps nothing of it', async () => {
    const bad = { ...report, patient: { ...report.patient, languages: ['arabiska'] } };
    await expect(receiveHits(bad, sender as never)).rejects.toThrow(/malformed/);
    expect(await pageOf(7)).toBeNull();
  });

  it('counts a named resource as a suggestion even without a situation', async () => {
    const { suggestions } = await receiveHits({ ...report, hits: [] }, sender as never);
    expect(suggestions).toBe(1);
    const none = await receiveHits({ ...report, hits: [], named: [] }, sender as never);
    expect(none.suggestions).toBe(0);
  });

  it('only from the top frame of an enabled site', async () => {
    await expect(receiveHits(report, { ...sender, frameId: 1 } as never)).rejects.toThrow(/top frame/);
    await expect(
      receiveHits(report, { ...sender, url: 'https://elsewhere.example/' } as never),
    ).rejects.toThrow(/not enabled/);
  });
});
