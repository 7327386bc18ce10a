// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ResourceCard } from '../../../components/ResourceCard.tsx';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import type { InsertOutcome } from '../../../lib/page/page-context.ts';
import { createSearchStore } from '../../../lib/results/search-store.ts';
import { byId, realCatalogue } from '../catalogue-fixture.ts';
import { recordingActions } from './panel-helpers.ts';

let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});
afterEach(cleanup);

function renderCard(insert?: (text: string) => Promise<InsertOutcome>) {
  const store = createSearchStore(catalogue, {});
  const actions = recordingActions();
  render(
    <ResourceCard
      store={store}
      hours={catalogue}
      resource={byId(catalogue, 'kvinnofridslinjen')}
      actions={actions}
      insert={insert}
    />,
  );
  return { store, actions };
}

const INSERT = { name: 'Infoga i journalen: Kvinnofridslinjen' };

describe('ResourceCard with "Infoga i journalen"', () => {
  it('has no insert button when the surface cannot insert', () => {
    renderCard();
    expect(screen.queryByRole('button', INSERT)).toBeNull();
    expect(screen.getByRole('button', { name: 'Kopiera journaltext om Kvinnofridslinjen' })).toBeTruthy();
  });

  it('sends the journal line to the page and says it was inserted', async () => {
    const sent: string[] = [];
    renderCard(async (text) => {
      sent.push(text);
      return { inserted: true, target: 'contenteditable', frame: 'top' };
    });
    fireEvent.click(screen.getByRole('button', INSERT));
    await waitFor(() => expect(screen.getByText('Infogat i journalen.')).toBeTruthy());
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^Hänvisning: Kvinnofridslinjen, tel\. 020-50 50 50, /);
  });

  it("says when there is no field and leaves copying to the card's copy button", async () => {
    const { actions } = renderCard(async () => ({ inserted: false, reason: 'no-field' }));
    fireEvent.click(screen.getByRole('button', INSERT));
    await waitFor(() => expect(screen.getByText(/Hittade inget fält där du skrev/)).toBeTruthy());
    expect(screen.queryByText('Infogat i journalen.')).toBeNull();
    const copyButtons = screen.getAllByRole('button', { name: /Kopiera journaltext/ });
    expect(copyButtons).toHaveLength(1);
    fireEvent.click(copyButtons[0] as HTMLElement);
    await waitFor(() => expect(actions.copied).toHaveLength(1));
  });

  it('says when the page has no Hänvisa script', async () => {
    renderCard(async () => ({ inserted: false, reason: 'no-script' }));
    fireEvent.click(screen.getByRole('button', INSERT));
    await waitFor(() => expect(screen.getByText(/inte aktiverat på sidan/)).toBeTruthy());
  });
});
