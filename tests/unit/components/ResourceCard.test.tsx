// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ResourceCard } from '../../../components/ResourceCard.tsx';
import type { Resource } from '../../../data/schema.ts';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import { createSearchStore } from '../../../lib/results/search-store.ts';
import { byId, realCatalogue } from '../catalogue-fixture.ts';
import { recordingActions } from './panel-helpers.ts';

const NOW = new Date('2026-12-01T11:00:00Z'); // Tuesday 12:00 in Stockholm
let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderCard(resource: Resource, now = NOW) {
  const store = createSearchStore(catalogue, { now });
  const actions = recordingActions();
  render(<ResourceCard store={store} hours={catalogue} resource={resource} actions={actions} />);
  return { store, actions };
}

describe('ResourceCard', () => {
  it('shows name, organisation, purpose and who it is for', () => {
    const r = byId(catalogue, 'kvinnofridslinjen');
    renderCard(r);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Kvinnofridslinjen');
    expect(screen.getByText(r.organisation)).toBeTruthy();
    expect(screen.getByText(r.purpose)).toBeTruthy();
    for (const chip of ['Patienten', 'Anhöriga', 'Personal', 'Ålder: okänt', 'Kvinnor', 'Tolk']) {
      expect(screen.getByText(chip)).toBeTruthy();
    }
  });

  it('offers click-to-call, a copy button that names the resource, and the live status', () => {
    const { actions } = renderCard(byId(catalogue, 'kvinnofridslinjen'));
    const call = screen.getByRole('link', { name: '020-50 50 50 (ring Kvinnofridslinjen)' });
    expect(call.getAttribute('href')).toBe('tel:+4620505050');
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera numret till Kvinnofridslinjen' }));
    expect(actions.copied).toEqual(['020-50 50 50']);
    expect(screen.getByText('Öppet dygnet runt')).toBeTruthy();
  });

  it('says when a day-time line closes', () => {
    renderCard(byId(catalogue, 'stodlinjen-for-man'));
    expect(screen.getByText('Öppet nu · stänger 21:00')).toBeTruthy();
  });

  it('opens web links through the browser and counts them as used', () => {
    const { actions, store } = renderCard(byId(catalogue, 'kvinnofridslinjen'));
    fireEvent.click(screen.getByRole('link', { name: /webbplatsen för Kvinnofridslinjen/ }));
    expect(actions.opened).toEqual(['https://kvinnofridslinjen.se/']);
    expect(store.recent.value[0]?.id).toBe('kvinnofridslinjen');
  });

  it('shows unknown as unknown, never as closed or none', () => {
    renderCard(byId(catalogue, 'pegasuschatten'));
    expect(screen.getByText('Öppettider: se webbplats')).toBeTruthy();
    expect(screen.queryByText(/Stängt/)).toBeNull();
    expect(screen.getByText('Adress: okänd')).toBeTruthy();
    const facts = screen.getByText('Kostnad').closest('dl');
    expect(facts && within(facts as HTMLElement).getByText('Okänt')).toBeTruthy();
    expect(screen.getByText(/Chattens direktadress/)).toBeTruthy();
    expect(screen.getByText('Språk: okänt')).toBeTruthy();
  });

  it('copies a journal line with name, number and today, without the web address', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const { actions } = renderCard(byId(catalogue, 'kvinnofridslinjen'));
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera journaltext om Kvinnofridslinjen' }));
    expect(actions.copied).toEqual(['Hänvisning: Kvinnofridslinjen, tel. 020-50 50 50, 2026-12-01']);
  });

  it('warns when the facts were checked more than a year ago', () => {
    const r = byId(catalogue, 'kvinnofridslinjen');
    renderCard({ ...r, verified: '2025-03-01' });
    expect(screen.getByText('Uppgifterna kontrollerades 2025-03-01')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/mer än ett år/);
  });

  it('does not warn about facts checked this year', () => {
    renderCard({ ...byId(catalogue, 'kvinnofridslinjen'), verified: '2026-11-28' });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('toggles the favourite star with aria-pressed', () => {
    const { store } = renderCard(byId(catalogue, 'bris'));
    const star = screen.getByRole('button', { name: 'Spara Bris som favorit' });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(star);
    const pressed = screen.getByRole('button', { name: 'Ta bort Bris från favoriter' });
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    expect(store.favourites.value.map((f) => f.id)).toEqual(['bris']);
  });

  it('draws a QR code of the web address as SVG elements only when asked', async () => {
    renderCard(byId(catalogue, 'kvinnofridslinjen'));
    const toggle = screen.getByRole('button', { name: 'Visa QR-kod' });
    expect(screen.queryByRole('img')).toBeNull();
    fireEvent.click(toggle);
    const svg = await waitFor(() =>
      screen.getByRole('img', { name: 'QR-kod till https://kvinnofridslinjen.se/' }),
    );
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const d = svg.querySelector('path')?.getAttribute('d') ?? '';
    // Version 2 or more: at least 25×25 modules, many of them dark.
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 (\d+) \1$/);
    expect(Number(svg.getAttribute('viewBox')?.split(' ')[2])).toBeGreaterThanOrEqual(25 + 8);
    expect(d.split('M').length).toBeGreaterThan(100);
  });
});
