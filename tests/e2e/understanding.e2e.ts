/**
 * The notes, written into the demo journal of the built extension: the side panel
 * suggests what a clinician would want, reads a disclosure as a disclosure, and only situation
 * ids, counts and derived patient values reach the background — never the words of the note.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { type Extension, launchExtension } from './harness.ts';
import { grantSiteAccess, tabIdOf } from './site-access.ts';

describe('understanding what clinicians write, in the side panel', () => {
  let ext: Extension;
  let demo: DemoServer;
  let journal: Page;
  let panel: Page;

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ext = await launchExtension();
    await grantSiteAccess(ext, 'http://127.0.0.1/*');
    journal = await ext.context.newPage();
    await journal.goto(`${demo.origin}/journal.html`);
    const tabId = await tabIdOf(ext, `${demo.origin}/journal.html*`);
    panel = await ext.open('sidepanel', `?tab=${tabId}`);
    await panel.getByRole('button', { name: 'Aktivera på den här webbplatsen' }).click();
    await journal.waitForSelector('html[data-hanvisa]', { state: 'attached' });
  });
  afterAll(async () => {
    await ext?.close();
    await demo?.close();
  });

  /** Writes the note and returns the names of the suggestions once the panel shows them. */
  async function write(note: string, ready: (names: string[]) => boolean): Promise<string[]> {
    await journal.locator('#editor').fill(note);
    let names: string[] = [];
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      // In the order the panel shows them: Akut, Kontakta, Råd till personal, Fördjupning.
      names = await panel
        .locator('li[data-suggestion-row]:not(.suggestion--negated) h3')
        .allTextContents()
        .then((all) => all.map((n) => n.replace(/^AKUT /, '')))
        .catch(() => []);
      if (ready(names)) return names;
      await panel.waitForTimeout(100);
    }
    return names;
  }

  it('partner violence against a woman: Kvinnofridslinjen first', async () => {
    const names = await write(
      'Pat berättar att sambon har slagit henne upprepade gånger. Hon är rädd för honom.',
      (n) => n[0] === 'Kvinnofridslinjen',
    );
    expect(names[0]).toBe('Kvinnofridslinjen');
  });

  it('a man beaten by his partner: Stödlinjen för män first, and no line for women', async () => {
    const names = await write(
      'Man 38 år. Sambon slår honom, senast igår.',
      (n) => n[0] === 'Stödlinjen för män',
    );
    expect(names[0]).toBe('Stödlinjen för män');
    expect(names).not.toContain('Kvinnofridslinjen');
  });

  it('own sexual impulses: PrevenTell; cannot stop buying sex: PrevenTell and KAST', async () => {
    let names = await write(
      'Man, 45 år, oro över egna sexuella tankar och impulser, rädd att skada någon.',
      (n) => n[0] === 'PrevenTell',
    );
    expect(names[0]).toBe('PrevenTell');
    names = await write('Kan inte sluta köpa sex.', (n) => n.includes('KAST') && n.includes('PrevenTell'));
    expect(names.slice(0, 2).sort()).toEqual(['KAST', 'PrevenTell']);
  });

  it('a 13-year-old given money and cigarettes for sexual acts: Bris among the first three', async () => {
    const names = await write(
      'Flicka 13 år. Får pengar och cigaretter mot att hon gör sexuella saker.',
      (n) => n.slice(0, 3).includes('Bris'),
    );
    expect(names.slice(0, 3)).toContain('Bris');
  });

  it('trafficking signs without the word: the police among the contacts, an NMT line first for staff', async () => {
    const names = await write(
      'Arbetsgivaren har tagit hennes pass och hon måste arbeta av en skuld.',
      (n) => n.slice(0, 3).includes('Polisen 114 14') && n.some((x) => x.includes('NMT')),
    );
    expect(names.slice(0, 3)).toContain('Polisen 114 14');
    // The national support line or its regional coordinator (both NMT), whichever the ranking puts first.
    const staff = await panel
      .locator('.suggestion-group--staff li[data-suggestion-row]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-suggestion-row')));
    expect(['nmt-stodtelefon', 'nmt-regionkoordinator-vast']).toContain(staff[0]);
  });

  it('a resource named in the note comes first in its group, with "sidan nämner" as the reason', async () => {
    let names = await write('Ungdomsmottagningen använder SEXIT.', (n) =>
      n.some((x) => x.startsWith('SEXIT')),
    );
    // A training is reading, not a contact: first in Fördjupning.
    const learn = panel.locator('.suggestion-group--learn li[data-suggestion-row]').first();
    await expect(learn.locator('h3').textContent()).resolves.toMatch(/^SEXIT/);
    const reasons = await learn.locator('.suggestion-reasons').textContent();
    expect(reasons).toMatch(/sidan nämner SEXIT/);
    names = await write('Hänvisad till Terrafem.', (n) => n[0] === 'Terrafem');
    expect(names[0]).toBe('Terrafem');
  });

  it("own sexual impulses in words the vocabulary does not know: the reader's model suggests, as a suspicion", async () => {
    // The vocabulary alone reads nothing here (tests/unit/matcher/model.test.ts has the unit view).
    const names = await write(
      'Psyk akut. Pt, man 23, rädd att han ska förgripa sig på sin lillasyster (10), påträngande tankar sista veckorna. Ingen handling enl pt.',
      (n) => n.includes('PrevenTell'),
    );
    expect(names).toContain('PrevenTell');
    const text = await panel.locator('.suggestions').textContent();
    expect(text).toMatch(/misstanke om/);
  });

  it('"har inget eget boende och säljer sex" is a disclosure, never shown as a denial', async () => {
    const names = await write(
      'Har inget eget boende och säljer sex för att ha någonstans att bo.',
      (n) => n.length > 0,
    );
    expect(names.length).toBeGreaterThan(0);
    const text = await panel.locator('.suggestions').textContent();
    expect(text).not.toMatch(/nekat|förnekar/);
  });

  it('"Rutinfråga ställd. Pat förnekar båda." leaves nothing to suggest', async () => {
    await write('Har inget eget boende och säljer sex.', (n) => n.length > 0);
    const names = await write(
      'Frågat om våld och sex mot ersättning. Rutinfråga ställd. Pat förnekar båda.',
      (n) => n.length === 0,
    );
    expect(names).toEqual([]);
  });

  it('keeps only situations, counts and patient values in the background, never the note', async () => {
    await write(
      'Kvinna 32 år, tolk på arabiska. Sambon slår henne inför barnen och tar hennes pass.',
      (n) => n.length > 0,
    );
    const stored = JSON.stringify(await ext.inWorker((chrome) => chrome.storage.session.get(null)));
    expect(stored).toContain('vald-nara-relation');
    expect(stored).toMatch(/"age":32/);
    expect(stored).toMatch(/"languages":\["ar"\]/);
    // Children in the home, as one yes or no: the duty to report shows for violence they live with.
    expect(stored).toMatch(/"children":true/);
    await panel.locator('.duty-note').waitFor();
    for (const word of ['Sambon', 'arabiska', 'Kvinna 32', 'tolk på', 'barnen', 'inför'])
      expect(stored).not.toContain(word);
  });
});
