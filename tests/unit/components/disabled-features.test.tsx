// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeaturesContext, type FeaturesOff } from '../../../components/features.ts';
import { ResourceCard } from '../../../components/ResourceCard.tsx';
import { SearchPanel } from '../../../components/SearchPanel.tsx';
import { FEATURES } from '../../../data/policy-schema.ts';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import { FEATURE_LIST, featuresOff } from '../../../lib/policy/features.ts';
import { createSearchStore } from '../../../lib/results/search-store.ts';
import { byId, realCatalogue } from '../catalogue-fixture.ts';
import { recordingActions } from './panel-helpers.ts';

const NOW = new Date('2026-12-01T11:00:00Z');
let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});
afterEach(cleanup);

function renderCard(off: FeaturesOff) {
  const store = createSearchStore(catalogue, { now: NOW });
  render(
    <FeaturesContext.Provider value={off}>
      <ResourceCard
        store={store}
        hours={catalogue}
        resource={byId(catalogue, 'kvinnofridslinjen')}
        actions={recordingActions()}
        insert={async () => ({ inserted: false, reason: 'no-field' })}
      />
    </FeaturesContext.Provider>,
  );
}

const COPY = { name: 'Kopiera journaltext om Kvinnofridslinjen' };
const INSERT = { name: 'Infoga i journalen: Kvinnofridslinjen' };
const QR = { name: 'Visa QR-kod' };
const STAR = { name: 'Spara Kvinnofridslinjen som favorit' };
const HANDOUT = { name: 'Ge till patienten: Kvinnofridslinjen' };

describe('features the administrator switched off', () => {
  it('shows everything when nothing is off', () => {
    renderCard(new Set());
    for (const name of [COPY, INSERT, QR, STAR, HANDOUT])
      expect(screen.getByRole('button', name)).toBeTruthy();
  });

  it('journalLine off: no copy and no insert of a journal line; the rest stays', () => {
    renderCard(new Set(['journalLine']));
    expect(screen.queryByRole('button', COPY)).toBeNull();
    expect(screen.queryByRole('button', INSERT)).toBeNull();
    expect(screen.getByRole('button', QR)).toBeTruthy();
    expect(screen.getByRole('link', { name: '020-50 50 50 (ring Kvinnofridslinjen)' })).toBeTruthy();
  });

  it('qrCode off: no QR button', () => {
    renderCard(new Set(['qrCode']));
    expect(screen.queryByRole('button', QR)).toBeNull();
    expect(screen.getByRole('button', COPY)).toBeTruthy();
  });

  it('handout off: no "Ge till patienten"; the QR code on the card stays', () => {
    renderCard(new Set(['handout']));
    expect(screen.queryByRole('button', HANDOUT)).toBeNull();
    expect(screen.getByRole('button', QR)).toBeTruthy();
  });

  it('favourites off: no star on the card and no favourite tag in the results', () => {
    renderCard(new Set(['favourites']));
    expect(screen.queryByRole('button', STAR)).toBeNull();
    cleanup();
    const store = createSearchStore(catalogue, {
      now: NOW,
      favourites: [{ id: 'umo', name: 'UMO.se', addedAt: NOW.toISOString() }],
    });
    const panel = (off: FeaturesOff) => (
      <FeaturesContext.Provider value={off}>
        <SearchPanel store={store} actions={recordingActions()} />
      </FeaturesContext.Provider>
    );
    const { rerender } = render(panel(new Set()));
    expect(screen.getAllByText(/★/).length).toBeGreaterThan(0);
    rerender(panel(new Set(['favourites'])));
    expect(screen.queryAllByText(/★/)).toEqual([]);
  });

  it('reads disabledFeatures and the pageContext key from the policy', () => {
    expect(FEATURE_LIST).toEqual(FEATURES);
    expect(featuresOff({})).toEqual([]);
    expect(featuresOff({ disabledFeatures: ['qrCode', 'favourites'] })).toEqual(['qrCode', 'favourites']);
    expect(featuresOff({ pageContext: false, ageFromPersonnummer: 'off' })).toEqual([
      'pageContext',
      'ageFromPersonnummer',
    ]);
    expect(featuresOff({ pageContext: true })).toEqual([]);
  });
});
