// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
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
afterEach(cleanup);

function renderCard(resource: Resource) {
  const store = createSearchStore(catalogue, { now: NOW });
  render(<ResourceCard store={store} hours={catalogue} resource={resource} actions={recordingActions()} />);
}

const qualityLines = () => [...document.querySelectorAll('.fact-quality')].map((p) => p.textContent);

describe('ResourceCard: how sure each fact is', () => {
  it('shows hours from an old news article as unknown with its note, marked, never as closed', () => {
    renderCard(byId(catalogue, 'preventell'));
    expect(screen.getByText('Nummer: okänt')).toBeTruthy();
    expect(screen.getByText('Öppettider: se webbplats')).toBeTruthy();
    expect(screen.getByText(/kl\. 11–14; aktuella tider är inte verifierade/)).toBeTruthy();
    expect(qualityLines()).toEqual([
      'Uppgift från andrahandskälla, cirka 2014 — kontrollera innan du hänvisar',
    ]);
    expect(screen.queryByText(/Stängt/)).toBeNull();
  });

  it('marks opening hours that only a secondary source gives, beside the live status', () => {
    renderCard(byId(catalogue, 'nmt-stodtelefon'));
    expect(screen.getByText('Öppet nu · stänger 16:30')).toBeTruthy();
    expect(qualityLines()).toEqual(['Uppgift från andrahandskälla — kontrollera innan du hänvisar']);
  });

  it('marks nothing on facts from the organisation itself, and names each source’s kind and date', () => {
    renderCard(byId(catalogue, 'stodlinjen-for-man'));
    expect(qualityLines()).toEqual([]);
    const sources = screen.getByText(/^Källor/).closest('details') as HTMLElement;
    expect(within(sources).getByText('(verksamheten själv, 2024-04-16)')).toBeTruthy();
  });

  it('says so when every source is secondary', () => {
    renderCard(byId(catalogue, 'terrafem'));
    expect(qualityLines()).toContain(
      'Alla uppgifter kommer från andrahandskällor — kontrollera innan du hänvisar',
    );
  });

  it('lists age limits per site, and marks a number from a secondary page', () => {
    renderCard(byId(catalogue, 'mikamottagningar'));
    expect(screen.getByText('Ålder: olika per plats')).toBeTruthy();
    expect(screen.queryByText('Ålder: okänt')).toBeNull();
    const sites = screen.getByText('Åldersgräns per plats').closest('dl') as HTMLElement;
    const lines = within(sites)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      'Göteborg: alla åldrar',
      'Stockholm: från 18 år (Yngre hänvisas till Framtid Stockholm)',
      'Evonhuset, Malmö: från 15 år',
      'Borås: okänd',
      'Umeå: okänd',
    ]);
    const phone = screen.getByRole('link', { name: /020-35 40 40/ }).closest('li') as HTMLElement;
    expect(
      within(phone).getByText('Uppgift från andrahandskälla — kontrollera innan du hänvisar'),
    ).toBeTruthy();
  });

  it('shows unknown cost and e-mail address as unknown, with what is known', () => {
    renderCard(byId(catalogue, 'ecpat-vuxenstod'));
    const facts = screen.getByText('Kostnad').closest('dl') as HTMLElement;
    expect(
      within(facts).getByText('Okänt (Kostnad för rådgivningen nämns inte; materialet är kostnadsfritt)'),
    ).toBeTruthy();
    const email = screen.getByText('E-post:').closest('li') as HTMLElement;
    expect(within(email).getByText('Adress: okänd')).toBeTruthy();
    expect(within(email).getByText('Svar inom tre arbetsdagar')).toBeTruthy();
    expect(email.querySelector('a')).toBeNull();
  });

  it('shows hours known only in words as unknown, and a site without an address as unknown', () => {
    renderCard(byId(catalogue, 'socialjouren-halland'));
    expect(screen.getByText(/Kvällar, helger och helgdagar/)).toBeTruthy();
    expect(screen.queryByText(/Stängt|Öppet nu/)).toBeNull();
    cleanup();
    renderCard(byId(catalogue, 'barnahus-halland'));
    const varberg = screen.getByText('Filial i Varberg').closest('li') as HTMLElement;
    expect(within(varberg).getByText('Adress: okänd')).toBeTruthy();
  });

  it('calls a dated page of the organisation itself old after three years', () => {
    const base = byId(catalogue, 'stodlinjen-for-man');
    const url = 'https://example.se/gammal-sida';
    renderCard({
      ...base,
      channels: [{ type: 'phone', number: '020-80 80 80', hours: 'unknown', source: url }],
      sources: [...base.sources, { url, label: 'Gammal sida', kind: 'organisation', date: '2019-05-01' }],
    });
    expect(qualityLines()).toEqual(['Uppgift från en äldre källa, 2019 — kontrollera innan du hänvisar']);
  });
});
