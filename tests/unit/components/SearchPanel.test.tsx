// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SearchPanel } from '../../../components/SearchPanel.tsx';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import { createSearchStore, type StoreInit } from '../../../lib/results/search-store.ts';
import { realCatalogue } from '../catalogue-fixture.ts';
import { recordingActions } from './panel-helpers.ts';

const NOW = new Date('2026-12-01T11:00:00Z'); // a Tuesday, 12:00 in Stockholm
let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});
afterEach(cleanup);

function setup(init: StoreInit = {}, actions = recordingActions()) {
  const store = createSearchStore(catalogue, { now: NOW, ...init });
  render(<SearchPanel store={store} actions={actions} />);
  const box = screen.getByRole('combobox');
  return { store, actions, box };
}

const optionNames = () =>
  screen.getAllByRole('option').map((o) => o.querySelector('.result-name')?.textContent);
const activeOption = (box: HTMLElement) => {
  const id = box.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};
const type = (box: HTMLElement, text: string) => fireEvent.input(box, { target: { value: text } });
const key = (box: HTMLElement, k: string) => fireEvent.keyDown(box, { key: k });

describe('SearchPanel as a combobox', () => {
  it('starts with focus in the search box, wired to the listbox', () => {
    const { box } = setup();
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
  });

  it('finds Kvinnofridslinjen despite a typo and makes it the active option', async () => {
    const { box } = setup();
    type(box, 'kvinofrid');
    expect(optionNames()[0]).toBe('Kvinnofridslinjen');
    const active = activeOption(box);
    expect(active?.getAttribute('aria-selected')).toBe('true');
    expect(active?.textContent).toContain('Kvinnofridslinjen');
    expect((await screen.findByRole('heading', { level: 2 })).textContent).toBe('Kvinnofridslinjen');
  });

  it('moves with the arrow keys and stops at both ends', () => {
    const { box } = setup();
    type(box, 'stödlinjen');
    const names = optionNames();
    expect(names.length).toBeGreaterThan(1);
    key(box, 'ArrowUp');
    expect(activeOption(box)?.textContent).toContain(names[0]);
    key(box, 'ArrowDown');
    expect(activeOption(box)?.textContent).toContain(names[1]);
    expect(screen.getAllByRole('option', { selected: true })).toHaveLength(1);
    for (let i = 0; i < names.length + 2; i++) key(box, 'ArrowDown');
    expect(activeOption(box)?.textContent).toContain(names[names.length - 1]);
  });

  it('Enter copies the number of the active result and records it as recently used', async () => {
    const { box, actions, store } = setup();
    type(box, 'kvinofrid');
    key(box, 'Enter');
    expect(actions.copied).toEqual(['020-50 50 50']);
    expect(store.recent.value.map((r) => r.id)).toEqual(['kvinnofridslinjen']);
    await waitFor(() => expect(screen.getByText('Kopierat: 020-50 50 50')).toBeTruthy());
  });

  it('Enter says there is no known number and offers the web site; Enter again opens it', async () => {
    const { box, actions } = setup();
    type(box, 'umo');
    expect(optionNames()[0]).toBe('UMO.se');
    key(box, 'Enter');
    expect(actions.copied).toEqual([]);
    expect(actions.opened).toEqual([]);
    await waitFor(() =>
      expect(screen.getByText(/^UMO.se har inget känt telefonnummer\. Tryck Enter igen/)).toBeTruthy(),
    );
    expect(screen.getByRole('link', { name: /^Öppna webbplatsen: umo\.se/ })).toBeTruthy();
    key(box, 'Enter');
    expect(actions.opened).toHaveLength(1);
    expect(actions.opened[0]).toMatch(/^https:\/\/(www\.)?umo\.se/);
    expect(screen.queryByRole('link', { name: /^Öppna webbplatsen/ })).toBeNull();
  });

  it('offers the web site for the result it was offered for only', () => {
    const { box, actions } = setup();
    type(box, 'umo');
    key(box, 'Enter');
    type(box, 'kvinofrid');
    key(box, 'Enter');
    expect(actions.opened).toEqual([]);
    expect(actions.copied).toEqual(['020-50 50 50']);
    expect(screen.queryByRole('link', { name: /^Öppna webbplatsen/ })).toBeNull();
  });

  it('says so when copying fails', async () => {
    const { box } = setup({}, recordingActions({ failCopy: true }));
    type(box, 'kvinofrid');
    key(box, 'Enter');
    await waitFor(() => expect(screen.getByText(/Kunde inte kopiera/)).toBeTruthy());
  });

  it('Esc clears the query first and closes only the second time', () => {
    const { box, actions } = setup();
    type(box, 'bris');
    key(box, 'Escape');
    expect((box as HTMLInputElement).value).toBe('');
    expect(actions.closed).toBe(0);
    key(box, 'Escape');
    expect(actions.closed).toBe(1);
  });

  it('announces the number of results in a live region', () => {
    const { box } = setup();
    type(box, 'kvinofrid');
    const count = screen.getAllByRole('option').length;
    expect(screen.getAllByRole('status')[0]?.textContent).toBe(count === 1 ? '1 träff' : `${count} träffar`);
    type(box, 'zzzzqqqq');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('Inga träffar')).toBeTruthy();
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
  });

  it('filters narrow the list and show their state with aria-pressed', () => {
    setup();
    const all = screen.getAllByRole('option').length;
    const staff = screen.getByRole('button', { name: 'Råd till personal' });
    fireEvent.click(staff);
    expect(staff.getAttribute('aria-pressed')).toBe('true');
    const names = optionNames();
    expect(names.length).toBeLessThan(all);
    expect(names).not.toContain('UMO.se');
    fireEvent.click(staff);
    expect(screen.getAllByRole('option')).toHaveLength(all);
  });

  it('shows favourites first, then recently used, for an empty query', () => {
    setup({
      favourites: [{ id: 'umo', name: 'UMO.se', addedAt: NOW.toISOString() }],
      recent: [{ id: 'bris', at: NOW.toISOString() }],
    });
    const names = optionNames();
    expect(names[0]).toBe('UMO.se');
    expect(names[1]).toBe('Bris');
    expect(names.length).toBe(catalogue.resources.length);
  });

  it('lists only favourites and recent ones under an empty query where the catalogue is browsed elsewhere', () => {
    const { box } = setup({
      favourites: [{ id: 'umo', name: 'UMO.se', addedAt: NOW.toISOString() }],
      recent: [{ id: 'bris', at: NOW.toISOString() }],
      browseAll: false,
    });
    expect(optionNames()).toEqual(['UMO.se', 'Bris']);
    type(box, 'kvinnofrid');
    expect(optionNames()[0]).toBe('Kvinnofridslinjen');
    cleanup();
    setup({ browseAll: false });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    // No "Inga träffar" under a box nobody has typed in.
    expect(document.querySelector('.result-count')?.textContent).toBe('');
  });

  it('a click selects a result and shows its card', async () => {
    setup();
    const option = screen.getAllByRole('option').find((o) => o.textContent?.includes('Bris'));
    if (!option) throw new Error('Bris not listed');
    fireEvent.click(option);
    expect(option.getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Bris'));
  });
});

describe('SearchPanel at a glance', () => {
  it('shows the active result’s number and status without opening, and says so when Enter has nothing to do', async () => {
    const { box, actions } = setup();
    type(box, 'kvinnofrid');
    const glance = document.querySelector('.active-glance');
    expect(glance?.querySelector('a[href="tel:+4620505050"]')).not.toBeNull();
    expect(glance?.textContent).toMatch(/Öppet dygnet runt/);
    type(box, 'Barnahus');
    expect(activeOption(box)?.textContent).toContain('Barnahus');
    key(box, 'Enter');
    await waitFor(() =>
      expect(screen.getByText('Inget känt nummer eller chatt', { selector: '.notice' })).toBeTruthy(),
    );
    expect(actions.copied).toEqual([]);
    expect(actions.opened).toEqual([]);
  });
});
