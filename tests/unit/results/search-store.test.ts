/**
 * The search panel's store over a catalogue that is read in parts (lib/results/search-store.ts):
 * the whole list under an empty query shows the first hundred and says how many there are; a
 * filter waits for the details it needs and then lists exactly what the whole catalogue would.
 */
import { describe, expect, it, vi } from 'vitest';
import { viewOfBundle } from '../../../lib/catalogue/bundle-view.ts';
import { createSearchStore, SHOWN_STEP } from '../../../lib/results/search-store.ts';
import { NO_FILTERS } from '../../../lib/storage/user-data.ts';
import { storedView } from '../catalogue/stored-view.ts';
import { manyResources } from '../ingest/prepared-fixture.ts';

const NOW = new Date('2026-12-08T10:00:00+01:00');
const { bundle } = manyResources('v1', 260);
const ids = (list: { resource: { id: string } }[]) => list.map((e) => e.resource.id);

describe('the search panel over a large catalogue', () => {
  it('lists the first hundred of everything, favourites first, and shows more on request', () => {
    const { view } = storedView(bundle);
    const favourite = bundle.resources[200]?.id ?? '';
    const store = createSearchStore(view, {
      now: NOW,
      favourites: [{ id: favourite, name: 'x', addedAt: '2026-12-01T00:00:00Z' }],
    });
    expect(store.results.value).toHaveLength(SHOWN_STEP);
    expect(store.total.value).toBe(260);
    expect(store.results.value[0]).toMatchObject({ resource: { id: favourite }, group: 'favourite' });
    // Everything else by name, as the whole list has it.
    const whole = createSearchStore(viewOfBundle(bundle), { now: NOW, favourites: store.favourites.value });
    store.showMore();
    whole.showMore();
    whole.showMore();
    expect(store.results.value).toHaveLength(2 * SHOWN_STEP);
    expect(ids(whole.results.value)).toHaveLength(260);
    expect(ids(store.results.value)).toEqual(ids(whole.results.value).slice(0, 2 * SHOWN_STEP));
    store.setQuery('kvinnofrid');
    store.setQuery('');
    expect(store.results.value).toHaveLength(SHOWN_STEP);
  });

  it('filters search hits once their details are read, as over the whole catalogue', async () => {
    const { view, reads } = storedView(bundle);
    const filters = { ...NO_FILTERS, audience: 'staff' as const };
    const store = createSearchStore(view, { now: NOW, query: 'stod', filters });
    const whole = createSearchStore(viewOfBundle(bundle), { now: NOW, query: 'stod', filters });
    expect(whole.results.value.length).toBeGreaterThan(0);
    // Nothing is known to pass until the details are in.
    expect(store.results.value).toEqual([]);
    await vi.waitFor(() => expect(ids(store.results.value)).toEqual(ids(whole.results.value)));
    expect(reads.detail).toBeLessThanOrEqual(50);
    expect(reads.everything).toBe(0);
  });

  it('reads the whole catalogue for a filter under an empty query, and counts what passes', async () => {
    const { view, reads } = storedView(bundle);
    const filters = { ...NO_FILTERS, audience: 'staff' as const };
    const store = createSearchStore(view, { now: NOW, filters });
    const whole = createSearchStore(viewOfBundle(bundle), { now: NOW, filters });
    expect(whole.total.value).toBeGreaterThan(0);
    expect(whole.total.value).toBeLessThan(260);
    await vi.waitFor(() => expect(store.total.value).toBe(whole.total.value));
    expect(ids(store.results.value)).toEqual(ids(whole.results.value));
    expect(reads.everything).toBe(1);
  });

  it('gives the active result’s details when they arrive', async () => {
    const { view } = storedView(bundle);
    const store = createSearchStore(view, { now: NOW, query: 'kvinnofridslinjen' });
    const active = store.active.value;
    expect(active?.id).toMatch(/^kvinnofridslinjen-/);
    expect(store.detail(active?.id ?? '')).toBeNull();
    await vi.waitFor(() => expect(store.detail(active?.id ?? '')?.resource.id).toBe(active?.id));
  });
});
