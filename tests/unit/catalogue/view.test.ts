/**
 * The catalogue as a page holds it (lib/catalogue/view.ts): from the compact index alone it lists,
 * finds and searches exactly what the whole catalogue gives; the other parts are read only when
 * asked for, once; resources hidden by policy are nowhere.
 */
import { describe, expect, it } from 'vitest';
import { themeLabels } from '../../../lib/catalogue/bundle.ts';
import { viewOfBundle } from '../../../lib/catalogue/bundle-view.ts';
import { detailOf } from '../../../lib/catalogue/index-data.ts';
import { panelSuggestions, shownInOrder } from '../../../lib/rank/panel.ts';
import { prepareSearchData } from '../../../lib/search/prepare.ts';
import { createSearcher } from '../../../lib/search/searcher.ts';
import { realCatalogue } from '../catalogue-fixture.ts';
import { storedView } from './stored-view.ts';

const BUNDLE = await realCatalogue();
const QUERIES = ['kvinnofrid', 'kvinofrid', 'stod', 'hbtq', 'halland', '020', 'unga', 'samtal', 'sexuella'];
const NAME_ORDER = new Intl.Collator('sv');

describe('a page’s catalogue', () => {
  it('lists every resource by name, finds each by id, and no other', () => {
    const view = viewOfBundle(BUNDLE);
    expect(view.ids).toEqual(BUNDLE.resources.map((r) => r.id));
    for (const [i, r] of BUNDLE.resources.entries()) {
      expect(view.indexOf(r.id)).toBe(i);
      expect(view.row(i)).toEqual({
        id: r.id,
        kind: r.kind,
        name: r.name,
        organisation: r.organisation,
        ...(r.neutralName ? { neutralName: r.neutralName } : {}),
      });
    }
    expect(view.indexOf('finns-inte')).toBeUndefined();
    expect(view.indexOf('')).toBeUndefined();
    const byName = Array.from(view.byName, (i) => BUNDLE.resources[i]?.name);
    expect(byName).toEqual(BUNDLE.resources.map((r) => r.name).sort(NAME_ORDER.compare));
  });

  it('searches as the plain search over the whole catalogue does', () => {
    const view = viewOfBundle(BUNDLE);
    const plain = createSearcher(BUNDLE.search, BUNDLE.synonyms);
    expect(view.searcher.complete).toBe(true);
    for (const q of QUERIES)
      expect(view.searcher.search(q, { limit: 50 }), q).toEqual(plain.search(q, { limit: 50 }));
  });

  it('reads purpose and description only when asked, once, and then searches them too', async () => {
    const { view, reads } = storedView(BUNDLE);
    const plain = createSearcher(BUNDLE.search, BUNDLE.synonyms);
    expect(view.searcher.complete).toBe(false);
    const before = view.loaded.value;
    // Without them: the same hits as far as names, keywords, organisations and places go.
    for (const q of QUERIES) {
      const others = plain
        .search(q, { limit: 50 })
        .filter((h) => h.field !== 'purpose' && h.field !== 'description');
      expect(view.searcher.search(q, { limit: 50 }), q).toEqual(others);
    }
    await Promise.all([view.completeSearch(), view.completeSearch()]);
    expect(reads.secondary).toBe(1);
    expect(view.loaded.value).toBeGreaterThan(before);
    for (const q of QUERIES)
      expect(view.searcher.search(q, { limit: 50 }), q).toEqual(plain.search(q, { limit: 50 }));
  });

  it('reads a resource’s details once, and says null for an unknown id', async () => {
    const { view, reads } = storedView(BUNDLE);
    const id = BUNDLE.resources[3]?.id ?? '';
    expect(view.detailNow(id)).toBeUndefined();
    const [a, b] = await Promise.all([view.loadDetail(id), view.loadDetail(id)]);
    expect(a).toEqual(detailOf(BUNDLE, BUNDLE.resources[3] as never));
    expect(b).toBe(a);
    expect(view.detailNow(id)).toBe(a);
    expect(reads.detail).toBe(1);
    expect(await view.loadDetail('finns-inte')).toBeNull();
    expect(reads.detail).toBe(1);
  });

  it('leaves hidden resources out of the list, the search, the details and the whole', async () => {
    const hidden = [BUNDLE.resources[0]?.id ?? '', BUNDLE.resources[5]?.id ?? ''];
    const { view, reads } = storedView(BUNDLE, hidden);
    await view.completeSearch();
    // What is left, searched as if it were the whole catalogue.
    const shown = { resources: BUNDLE.resources.filter((r) => !hidden.includes(r.id)) };
    expect(view.ids).toEqual(shown.resources.map((r) => r.id));
    expect(Array.from(view.byName, (i) => view.row(i).name)).toEqual(
      shown.resources.map((r) => r.name).sort(NAME_ORDER.compare),
    );
    const plain = createSearcher(prepareSearchData(shown.resources, themeLabels(BUNDLE)), BUNDLE.synonyms);
    for (const q of QUERIES)
      expect(view.searcher.search(q, { limit: 50 }), q).toEqual(plain.search(q, { limit: 50 }));
    for (const id of hidden) {
      expect(view.indexOf(id)).toBeUndefined();
      expect(await view.loadDetail(id)).toBeNull();
    }
    const other = shown.resources[2];
    expect((await view.loadDetail(other?.id ?? ''))?.resource).toEqual(other);
    const all = await view.everything();
    await view.everything();
    expect(reads.everything).toBe(1);
    expect(all.resources.map((r) => r.id)).toEqual(shown.resources.map((r) => r.id));
    expect(Object.keys(all.hours).some((k) => hidden.includes(k.split('#')[0] ?? ''))).toBe(false);
  });

  it('has every detail at once for the bundled file, and all of them from the whole when asked', async () => {
    const view = viewOfBundle(BUNDLE);
    for (const r of BUNDLE.resources) expect(view.detailNow(r.id)?.resource).toBe(r);
    const { view: stored } = storedView(BUNDLE);
    expect(stored.detailNow(BUNDLE.resources[1]?.id ?? '')).toBeUndefined();
    await stored.loadAllDetails();
    for (const r of BUNDLE.resources) expect(stored.detailNow(r.id)).toEqual(detailOf(BUNDLE, r));
  });

  it('ranks the side panel’s suggestions from what it reads whole, as from the bundled file', async () => {
    const { view } = storedView(BUNDLE);
    const all = await view.everything();
    const page = {
      hits: [
        {
          theme: 'sex-mot-ersattning' as const,
          count: 2,
          negated: 0,
          denied: 0,
          uncertain: 0,
          hypothetical: 0,
          other: 0,
          words: [],
        },
        {
          theme: 'hbtqi' as const,
          count: 1,
          negated: 0,
          denied: 0,
          uncertain: 0,
          hypothetical: 0,
          other: 0,
          words: [],
        },
      ],
    };
    const input = { age: 17, homeRegion: '13', now: new Date('2026-12-08T10:00:00+01:00') };
    const fromView = panelSuggestions(page, all, input);
    expect(shownInOrder(fromView).length).toBeGreaterThan(2);
    expect(fromView).toEqual(panelSuggestions(page, BUNDLE, input));
  });
});
