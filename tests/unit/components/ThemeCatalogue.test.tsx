// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ThemeCatalogue } from '../../../components/sidepanel/ThemeCatalogue.tsx';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import { realCatalogue } from '../catalogue-fixture.ts';

let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});
afterEach(cleanup);

describe('ThemeCatalogue', () => {
  it('lists under each situation the resources that serve it, best fit first', async () => {
    const shown: string[] = [];
    render(
      <ThemeCatalogue
        themes={catalogue.vocabulary}
        resources={catalogue.resources}
        onShow={(id) => shown.push(id)}
      />,
    );
    for (const theme of catalogue.vocabulary) {
      const group = screen.getByText(theme.label).closest('details') as HTMLDetailsElement;
      // Listed when opened.
      expect(within(group).queryAllByRole('button')).toEqual([]);
      group.open = true;
      fireEvent(group, new Event('toggle'));
      await waitFor(() => expect(within(group).queryAllByRole('button').length).toBeGreaterThan(0));
      const names = within(group)
        .queryAllByRole('button')
        .map((b) => b.textContent);
      const serving = catalogue.resources.filter((r) => (r.serves[theme.id] ?? 0) > 0);
      expect(names.sort(), theme.id).toEqual(serving.map((r) => r.name).sort());
      const fits = within(group)
        .queryAllByRole('button')
        .map((b) => catalogue.resources.find((r) => r.name === b.textContent)?.serves[theme.id] ?? 0);
      expect(fits, theme.id).toEqual([...fits].sort((a, b) => b - a));
    }
    const first = screen.getByText(catalogue.vocabulary[0]?.label ?? '').closest('details') as HTMLElement;
    const button = within(first).getAllByRole('button')[0] as HTMLElement;
    fireEvent.click(button);
    expect(shown).toEqual([catalogue.resources.find((r) => r.name === button.textContent)?.id]);
  });

  it('leaves out a resource that no longer serves a situation', async () => {
    const [first, ...rest] = catalogue.resources;
    if (!first) throw new Error('no resources');
    const served = Object.keys(first.serves).length;
    expect(served).toBeGreaterThan(0);
    const show = (resources: typeof catalogue.resources) => {
      cleanup();
      render(<ThemeCatalogue themes={catalogue.vocabulary} resources={resources} onShow={() => undefined} />);
      for (const group of document.querySelectorAll('details')) {
        group.open = true;
        fireEvent(group, new Event('toggle'));
      }
    };
    // Listed under each situation it serves, with every group open …
    show(catalogue.resources);
    await waitFor(() => expect(screen.queryAllByRole('button', { name: first.name })).toHaveLength(served));
    // … and under none once it serves none.
    show([{ ...first, serves: {} }, ...rest]);
    await waitFor(() => expect(screen.queryAllByRole('button').length).toBeGreaterThan(0));
    expect(screen.queryAllByRole('button', { name: first.name })).toEqual([]);
  });
});
