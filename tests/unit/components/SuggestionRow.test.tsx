// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiscreetContext } from '../../../components/discreet.tsx';
import { Suggestions } from '../../../components/sidepanel/Suggestions.tsx';
import type { GuidanceResource } from '../../../data/schema.ts';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import type { GroupedSuggestions } from '../../../lib/rank/groups.ts';
import type { Suggestion } from '../../../lib/rank/index.ts';
import { createSearchStore } from '../../../lib/results/search-store.ts';
import { byId, realCatalogue } from '../catalogue-fixture.ts';
import { recordingActions } from './panel-helpers.ts';

let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});
afterEach(cleanup);

const SATURDAY_NIGHT = new Date('2026-12-05T02:00:00Z');

function s(id: string, group: Suggestion['group']): Suggestion {
  const parts = { fit: 1, named: false, eligibility: 1, region: 1, open: 1 };
  return { id, kind: 'helpline', group, score: 1, parts, reasons: [`skäl för ${id}`], negatedOnly: false };
}

function renderGroups(
  groups: Partial<GroupedSuggestions>,
  extra: {
    alternatives?: Map<string, string>;
    emergency?: Map<string, string>;
    akutFor?: 'danger' | 'trafficking' | null;
    discreet?: boolean;
    duty?: string[];
    guidance?: string[];
  } = {},
) {
  const actions = recordingActions();
  const all: GroupedSuggestions = { akut: [], contact: [], staff: [], learn: [], ...groups };
  render(
    <DiscreetContext.Provider value={extra.discreet ?? false}>
      <Suggestions
        groups={all}
        alternatives={extra.alternatives ?? new Map()}
        emergency={extra.emergency ?? new Map()}
        akutFor={extra.akutFor ?? (groups.akut?.length ? 'danger' : null)}
        duty={(extra.duty ?? []).map((id) => guidanceById(id))}
        guidance={(extra.guidance ?? []).map((id) => guidanceById(id))}
        catalogue={catalogue}
        now={SATURDAY_NIGHT}
        byId={new Map(catalogue.resources.map((r) => [r.id, r]))}
        pageAge={null}
        noteAge={null}
        insert={async () => ({ inserted: true, target: 'textarea', frame: 'top' })}
        actions={actions}
        store={createSearchStore(catalogue, {})}
      />
    </DiscreetContext.Provider>,
  );
  return actions;
}

function guidanceById(id: string): GuidanceResource {
  const g = byId(catalogue, id);
  if (g.kind !== 'guidance') throw new Error(`${id} is not guidance`);
  return g;
}

const row = (name: RegExp) => screen.getAllByRole('listitem').find((li) => name.test(li.textContent ?? ''));

describe('a suggestion row', () => {
  it('shows the number as a tel: link, for whom, and the live status without a click', () => {
    renderGroups({ contact: [s('kvinnofridslinjen', 'contact')], staff: [s('nmt-stodtelefon', 'staff')] });
    const link = screen.getByRole('link', { name: /020-50 50 50/ });
    expect(link.getAttribute('href')).toBe('tel:+4620505050');
    expect(screen.getByText('Öppet dygnet runt')).toBeTruthy();
    expect(screen.getByText('Stängt · öppnar måndag 09:00')).toBeTruthy();
    expect(screen.getByText(/^För patienten, anhöriga, personal/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kopiera numret till Kvinnofridslinjen' })).toBeTruthy();
    expect(screen.getByText('skäl för kvinnofridslinjen')).toBeTruthy();
  });

  it('says so when no number or chat is known, and puts nothing closed for unknown hours', () => {
    renderGroups({ contact: [s('terrafem', 'contact')], staff: [s('barnahus-halland', 'staff')] });
    expect(screen.getByText('Öppettider okända')).toBeTruthy();
    expect(screen.queryByText(/Stängt/)).toBeNull();
    expect(screen.getByText('Inget känt nummer eller chatt')).toBeTruthy();
  });

  it('is one Tab stop: arrows move between rows and into its buttons, Enter copies the number', async () => {
    const actions = renderGroups({
      akut: [s('sos-112', 'akut')],
      contact: [s('kvinnofridslinjen', 'contact'), s('bris', 'contact')],
    });
    const rows = screen.getAllByRole('listitem');
    expect(rows.map((r) => r.tabIndex)).toEqual([0, 0, 0]);
    for (const r of rows)
      for (const c of r.querySelectorAll('a, button')) expect((c as HTMLElement).tabIndex).toBe(-1);
    const [first, second, third] = rows as [HTMLElement, HTMLElement, HTMLElement];
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: 'End' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third, { key: 'ArrowUp' });
    fireEvent.keyDown(second, { key: 'Enter' });
    await waitFor(() => expect(actions.copied).toEqual(['020-50 50 50']));
    await waitFor(() => expect(screen.getByText('Kopierat: 020-50 50 50')).toBeTruthy());
    fireEvent.keyDown(second, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toMatch(/020-50 50 50/);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    expect((document.activeElement as HTMLElement).getAttribute('aria-label')).toBe(
      'Kopiera numret till Kvinnofridslinjen',
    );
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    expect(document.activeElement).toBe(second);
  });

  it('opens the details in place, with focus left on the button', () => {
    renderGroups({ contact: [s('bris', 'contact')] });
    const details = screen.getByRole('button', { name: 'Detaljer om Bris' });
    details.focus();
    fireEvent.click(details);
    expect(details.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(details);
    expect(row(/Bris/)?.querySelector('.card')).not.toBeNull();
  });

  it('shows the open alternative beside a closed first choice, and keeps Fördjupning closed', () => {
    renderGroups(
      { staff: [s('nmt-stodtelefon', 'staff')], learn: [s('sexit', 'learn')] },
      { alternatives: new Map([['nmt-stodtelefon', 'kvinnofridslinjen']]) },
    );
    const nmt = row(/NMT/);
    expect(nmt?.textContent).toMatch(/Öppet nu i stället:\s*Kvinnofridslinjen/);
    expect(nmt?.textContent).toMatch(/Stängt · öppnar måndag 09:00/);
    const learn = screen.getByText(/^Fördjupning/).closest('details');
    expect(learn?.open).toBe(false);
    expect(byId(catalogue, 'sexit').kind).toBe('training');
  });

  it('offers "Ge till patienten" among its buttons, by arrow key, for patient lines only', () => {
    const actions = renderGroups({
      contact: [s('kvinnofridslinjen', 'contact')],
      staff: [s('nmt-stodtelefon', 'staff')],
    });
    const give = screen.getByRole('button', { name: 'Ge till patienten: Kvinnofridslinjen' });
    expect(give.tabIndex).toBe(-1);
    const kvinnofrid = row(/Kvinnofridslinjen/) as HTMLElement;
    kvinnofrid.focus();
    for (let i = 0; i < 5 && document.activeElement !== give; i++)
      fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(give);
    fireEvent.click(give);
    expect(actions.handouts).toEqual(['kvinnofridslinjen']);
    // A line for staff is not handed to a patient.
    expect(row(/NMT/)?.textContent).not.toMatch(/Ge till patienten/);
  });

  it('names the line by its neutral label in discreet mode', () => {
    renderGroups({ contact: [s('kvinnofridslinjen', 'contact')] }, { discreet: true });
    expect(screen.getByRole('button', { name: 'Ge till patienten: Nationell stödlinje' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Kvinnofridslinjen/ })).toBeNull();
  });

  it('shows the police first for a suspected trafficking victim, with 112 beside it and no AKUT marker', () => {
    renderGroups(
      { akut: [s('polisen-114-14', 'contact')], contact: [s('terrafem', 'contact')] },
      { akutFor: 'trafficking', emergency: new Map([['polisen-114-14', 'sos-112']]) },
    );
    expect(screen.getByRole('heading', { name: 'Polis och skydd' })).toBeTruthy();
    const police = row(/Polisen 114 14/);
    expect(police?.querySelector('a[href="tel:11414"]')).not.toBeNull();
    expect(police?.textContent).toMatch(/Om det är akut:\s*112/);
    expect(police?.querySelector('.alternative--emergency .sr-only')?.textContent).toMatch(/112 – SOS Alarm/);
    expect(police?.querySelector('.alternative--emergency a[href="tel:112"]')).not.toBeNull();
    expect(police?.textContent).not.toMatch(/AKUT/);
  });

  it('shows the police beside 112 in one row on acute danger, by a neutral label in discreet mode', () => {
    const sos = { ...s('sos-112', 'akut'), beside: ['polisen-114-14'] };
    renderGroups({ akut: [sos], contact: [s('kvinnofridslinjen', 'contact')] }, { akutFor: 'danger' });
    const rows = [...document.querySelectorAll('[data-suggestion-row]')].map((el) =>
      el.getAttribute('data-suggestion-row'),
    );
    expect(rows).toEqual(['sos-112', 'kvinnofridslinjen']);
    const first = row(/112 – SOS Alarm/);
    expect(first?.querySelector('a[href="tel:112"]')).not.toBeNull();
    expect(first?.querySelector('.alternative--police')?.textContent).toMatch(
      /När det inte är akut:\s*Polisen 114 14/,
    );
    expect(first?.querySelector('.alternative--police a[href="tel:11414"]')).not.toBeNull();
    cleanup();
    renderGroups({ akut: [sos] }, { akutFor: 'danger', discreet: true });
    const discreet = document.querySelector('.alternative--police')?.textContent ?? '';
    expect(discreet).toMatch(/När det inte är akut:/);
    expect(discreet).not.toMatch(/Polis/);
  });

  it('shows guidance for staff below the contacts and the duty to report above them, each one focus stop', () => {
    renderGroups(
      { contact: [s('kvinnofridslinjen', 'contact')], staff: [s('nmt-stodtelefon', 'staff')] },
      { duty: ['vagledning-anmala-oro-for-barn'], guidance: ['vagledning-fraga-om-vald'] },
    );
    const order = [...document.querySelectorAll('[data-suggestion-row]')].map((el) =>
      el.getAttribute('data-suggestion-row'),
    );
    expect(order).toEqual([
      'vagledning-anmala-oro-for-barn',
      'kvinnofridslinjen',
      'vagledning-fraga-om-vald',
      'nmt-stodtelefon',
    ]);
    const advice = document.querySelector('.guidance-note') as HTMLElement;
    expect(advice.tabIndex).toBe(0);
    // A note, not a landmark: in discreet mode every note has the same name.
    expect(advice.getAttribute('role')).toBe('note');
    expect(document.querySelector('.duty-note')?.getAttribute('role')).toBeNull();
    expect(advice.getAttribute('aria-labelledby')).toBe('duty-vagledning-fraga-om-vald');
    expect(advice.textContent).toMatch(/Fråga om våld/);
    expect(advice.textContent).toMatch(/rutiner för när och hur personalen frågar om våld/);
    // Only the duty to report is marked as one.
    expect(document.querySelectorAll('.duty-note')).toHaveLength(1);
  });

  it('names guidance for staff by its neutral label in discreet mode, without its purpose', () => {
    renderGroups(
      { contact: [s('kvinnofridslinjen', 'contact')] },
      { guidance: ['vagledning-fraga-om-vald'], discreet: true },
    );
    const advice = document.querySelector('.guidance-note') as HTMLElement;
    expect(advice.textContent).toMatch(/Vägledning för personal/);
    expect(advice.textContent).not.toMatch(/våld/i);
  });
});
