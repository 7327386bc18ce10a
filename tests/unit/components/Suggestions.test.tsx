// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeaturesContext, type FeaturesOff } from '../../../components/features.ts';
import { Suggestions } from '../../../components/sidepanel/Suggestions.tsx';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import type { InsertOutcome } from '../../../lib/page/page-context.ts';
import type { GroupedSuggestions } from '../../../lib/rank/groups.ts';
import type { Suggestion } from '../../../lib/rank/index.ts';
import { createSearchStore } from '../../../lib/results/search-store.ts';
import { realCatalogue } from '../catalogue-fixture.ts';
import { recordingActions } from './panel-helpers.ts';

let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});
afterEach(cleanup);

function suggestion(id: string, over: Partial<Suggestion> = {}): Suggestion {
  return {
    id,
    kind: 'helpline',
    group: 'contact',
    score: 1,
    parts: { fit: 1, named: false, eligibility: 1, region: 1, open: 1 },
    reasons: ['sidan nämner: barn'],
    negatedOnly: false,
    ...over,
  };
}

function grouped(list: Suggestion[]): GroupedSuggestions {
  const out: GroupedSuggestions = { akut: [], contact: [], staff: [], learn: [] };
  for (const s of list) out[s.group].push(s);
  return out;
}

function renderList(
  outcome: InsertOutcome,
  off: FeaturesOff = new Set(),
  suggestions: Suggestion[] = [suggestion('bris')],
  ages: { pageAge: number | null; noteAge: number | null } = { pageAge: null, noteAge: null },
) {
  const actions = recordingActions();
  const sent: string[] = [];
  render(
    <FeaturesContext.Provider value={off}>
      <Suggestions
        groups={grouped(suggestions)}
        alternatives={new Map()}
        emergency={new Map()}
        akutFor={null}
        duty={[]}
        guidance={[]}
        catalogue={catalogue}
        now={new Date('2026-12-02T10:00:00Z')}
        byId={new Map(catalogue.resources.map((r) => [r.id, r]))}
        pageAge={ages.pageAge}
        noteAge={ages.noteAge}
        insert={async (text) => {
          sent.push(text);
          return outcome;
        }}
        actions={actions}
        store={createSearchStore(catalogue, {})}
        journalTemplate="{name}"
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

  it('lists the suggestions in their groups, acute first with a text marker, negated ones marked', () => {
    const ranked = [
      suggestion('sos-112', { group: 'akut', reasons: ['sidan nämner: akut fara'] }),
      suggestion('terrafem', { parts: { fit: 2, named: true, eligibility: 1, region: 1, open: 1 } }),
      suggestion('bris'),
      suggestion('kvinnofridslinjen', { negatedOnly: true, reasons: ['nämns som nekat: våld'] }),
    ];
    renderList({ inserted: true, target: 'textarea', frame: 'top' }, new Set(), ranked);
    const items = screen.getAllByRole('listitem');
    const name = (id: string) => catalogue.resources.find((r) => r.id === id)?.name;
    expect(items.map((li) => li.querySelector('h3')?.textContent)).toEqual([
      `AKUT ${name('sos-112')}`,
      ...ranked.slice(1).map((s) => name(s.id)),
    ]);
    expect(screen.getByRole('heading', { name: /Akut/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Kontakta' })).toBeTruthy();
    expect(items.map((li) => li.getAttribute('data-group'))).toEqual([
      'akut',
      'contact',
      'contact',
      'contact',
    ]);
    expect(items[3]?.className).toContain('suggestion--negated');
    expect(screen.getByText('nämns som nekat: våld')).toBeTruthy();
  });

  it("shows where the age came from: the personnummer's before the note's", () => {
    renderList({ inserted: true, target: 'textarea', frame: 'top' }, new Set(), [suggestion('bris')], {
      pageAge: null,
      noteAge: 34,
    });
    expect(screen.getByText('Ålder enligt anteckningen: 34 år')).toBeTruthy();
    cleanup();
    renderList({ inserted: true, target: 'textarea', frame: 'top' }, new Set(), [suggestion('bris')], {
      pageAge: 16,
      noteAge: 34,
    });
    expect(screen.getByText('Ålder från personnumret på sidan: 16 år')).toBeTruthy();
    expect(screen.queryByText(/enligt anteckningen/)).toBeNull();
  });
});
