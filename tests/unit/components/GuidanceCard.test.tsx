// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ResourceCard } from '../../../components/ResourceCard.tsx';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import { createSearchStore } from '../../../lib/results/search-store.ts';
import { createSearcher } from '../../../lib/search/index.ts';
import { byId, realCatalogue } from '../catalogue-fixture.ts';
import { recordingActions } from './panel-helpers.ts';

const NOW = new Date('2026-12-01T11:00:00Z');
let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});
afterEach(cleanup);

function renderGuidance(id: string) {
  const store = createSearchStore(catalogue, { now: NOW });
  render(
    <ResourceCard
      store={store}
      hours={catalogue}
      resource={byId(catalogue, id)}
      actions={recordingActions()}
    />,
  );
}

describe('guidance on the card', () => {
  it('shows the steps in order, the law only as far as verified, and whom to call', () => {
    renderGuidance('vagledning-anmala-oro-for-barn');
    const steps = screen.getByText('Gör så här').nextElementSibling as HTMLElement;
    expect(within(steps).getAllByRole('listitem')[0]?.textContent).toMatch(
      /^Anmäl genast till socialnämnden/,
    );
    const law = screen.getByText('Lag och föreskrifter').nextElementSibling as HTMLElement;
    expect(within(law).getByText(/14 kap\. 1 § socialtjänstlagen \(2001:453\)/)).toBeTruthy();
    expect(
      within(law).getByText(/Socialtjänstlagen \(2025:400\) – skyldigheten finns kvar; kapitel och paragraf/),
    ).toBeTruthy();
    const contacts = screen.getByText('Kontakter').nextElementSibling as HTMLElement;
    const call = within(contacts).getByRole('link', { name: '112 (ring 112 – SOS Alarm)' });
    expect(call.getAttribute('href')).toBe('tel:112');
    // A guidance card is no service: no anonymity, cost or journal line.
    expect(screen.queryByText('Kostnad')).toBeNull();
    expect(screen.queryByRole('button', { name: /journaltext/ })).toBeNull();
  });

  it('marks steps that only a secondary source gives', () => {
    renderGuidance('vagledning-misstanke-om-manniskohandel');
    const step = screen.getByText(/30 dagars betänketid/).closest('li') as HTMLElement;
    expect(
      within(step).getByText('Uppgift från andrahandskälla, 2019 — kontrollera innan du hänvisar'),
    ).toBeTruthy();
    const first = screen.getByText(/Du behöver inte vara säker/).closest('li') as HTMLElement;
    expect(first.querySelector('.fact-quality')).toBeNull();
  });

  it('is found by the popup search, by its steps too', () => {
    const searcher = createSearcher(catalogue.search, catalogue.synonyms);
    expect(searcher.search('orosanmälan', { limit: 5 }).map((h) => h.id)).toContain(
      'vagledning-anmala-oro-for-barn',
    );
    expect(searcher.search('spårsäkringssats', { limit: 5 }).map((h) => h.id)).toContain(
      'vagledning-misstanke-om-manniskohandel',
    );
  });
});
