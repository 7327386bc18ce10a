// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeaturesContext, type FeaturesOff } from '../../../components/features.ts';
import { Suggestions } from '../../../components/sidepanel/Suggestions.tsx';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import type { InsertOutcome } from '../../../lib/page-context.ts';
import { createSearchStore } from '../../../lib/search-store.ts';
import { realCatalogue } from '../catalogue-fixture.ts';
import { recordingActions } from './panel-helpers.ts';

let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});
afterEach(cleanup);

function renderList(outcome: InsertOutcome, off: FeaturesOff = new Set()) {
  const actions = recordingActions();
  const sent: string[] = [];
  render(
    <FeaturesContext.Provider value={off}>
      <Suggestions
        suggestions={[{ id: 'bris', score: 1, reasons: ['sidan nämner: barn'], negatedOnly: false }]}
        byId={new Map(catalogue.resources.map((r) => [r.id, r]))}
        ageGroup={null}
        onAgeGroup={() => undefined}
        pageAge={null}
        insert={async (text) => {
          sent.push(text);
          return outcome;
        }}
        actions={actions}
        store={createSearchStore(catalogue, {})}
        journalTemplate="{name}"
        onShow={() => undefined}
      />
    </FeaturesContext.Provider>,
  );
  return { actions, sent };
}

describe('Suggestions', () => {
  it('inserts the admin template line, and offers copying when there is no field', async () => {
    const { actions, sent } = renderList({ inserted: false, reason: 'no-field' });
    fireEvent.click(screen.getByRole('button', { name: 'Infoga i journalen: Bris' }));
    await waitFor(() => expect(screen.getByText(/Hittade inget fält/)).toBeTruthy());
    expect(sent).toEqual(['Bris']);
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera journaltext' }));
    await waitFor(() => expect(actions.copied).toEqual(['Bris']));
  });

  it('opens the full card with insert and copy, and closes it again', () => {
    renderList({ inserted: true, target: 'textarea', frame: 'top' });
    const details = screen.getByRole('button', { name: 'Detaljer om Bris' });
    expect(details.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(details);
    expect(details.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: 'Bris' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Infoga i journalen: Bris' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Kopiera journaltext om Bris' })).toBeTruthy();
    fireEvent.click(details);
    expect(screen.queryByRole('heading', { level: 2, name: 'Bris' })).toBeNull();
  });

  it('offers no insert when the journal line is switched off by policy', () => {
    renderList({ inserted: true, target: 'textarea', frame: 'top' }, new Set(['journalLine']));
    expect(screen.queryByRole('button', { name: /Infoga i journalen/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Detaljer om Bris' }));
    expect(screen.queryByRole('button', { name: /Infoga i journalen|Kopiera journaltext/ })).toBeNull();
  });
});
