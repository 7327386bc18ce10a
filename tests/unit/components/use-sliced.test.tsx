// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useSliced } from '../../../components/use-sliced.ts';
import type { Sliced } from '../../../lib/ingest/slices.ts';

afterEach(cleanup);

/** A task that pauses `pauses` times, then gives `value`; records which values were started. */
function* slow(value: string, pauses: number, started: string[]): Sliced<string> {
  started.push(value);
  for (let i = 0; i < pauses; i++) {
    const until = performance.now() + 2;
    while (performance.now() < until) {} // a piece longer than the budget: runSliced pauses after it
    yield;
  }
  return value;
}

function Probe(props: { value: string; scope: number; started: string[]; pauses?: number }) {
  const { value, scope, started, pauses = 20 } = props;
  const shown = useSliced(() => slow(value, pauses, started), 'none', scope, [value]);
  return <p data-testid="shown">{shown}</p>;
}

const shown = () => screen.getByTestId('shown').textContent;

describe('useSliced', () => {
  it('shows the initial value until the task is done, then its result', async () => {
    const started: string[] = [];
    render(<Probe value="a" scope={1} started={started} />);
    expect(shown()).toBe('none');
    await waitFor(() => expect(shown()).toBe('a'));
  });

  it('keeps the last result while a newer one is computed, and drops a superseded one', async () => {
    const started: string[] = [];
    const { rerender } = render(<Probe value="a" scope={1} started={started} />);
    await waitFor(() => expect(shown()).toBe('a'));
    // "b" would end well after "c" if it went on.
    rerender(<Probe value="b" scope={1} started={started} pauses={60} />);
    expect(shown()).toBe('a');
    rerender(<Probe value="c" scope={1} started={started} pauses={5} />);
    await waitFor(() => expect(shown()).toBe('c'));
    expect(started).toEqual(['a', 'b', 'c']);
    // "b" was stopped when "c" was asked for: it never shows, not even late.
    await new Promise((r) => setTimeout(r, 300));
    expect(shown()).toBe('c');
  });

  it('shows the initial value again at once for another scope (another tab)', async () => {
    const started: string[] = [];
    const { rerender } = render(<Probe value="a" scope={1} started={started} />);
    await waitFor(() => expect(shown()).toBe('a'));
    rerender(<Probe value="b" scope={2} started={started} />);
    expect(shown()).toBe('none');
    await waitFor(() => expect(shown()).toBe('b'));
  });
});
