/** Running work in pieces (lib/ingest/slices.ts): budget, pauses, measurement, cancellation. */
import { describe, expect, it } from 'vitest';
import { runSliced, type SliceStats } from '../../../lib/ingest/slices.ts';

/** A task of `steps` steps of `cost` ms each on a fake clock. */
function* work(clock: { t: number }, steps: number, cost: number) {
  for (let i = 0; i < steps; i++) {
    clock.t += cost;
    yield;
  }
  return steps;
}

describe('runSliced', () => {
  it('pauses whenever a piece has used its budget, and measures the longest piece', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    const stats: SliceStats = { totalMs: 0, busyMs: 0, longestMs: 0, pieces: 0 };
    const result = await runSliced(
      work(clock, 100, 1),
      { budgetMs: 8, now: () => clock.t, pause: async () => void pauses++ },
      stats,
    );
    expect(result).toBe(100);
    expect(pauses).toBeGreaterThanOrEqual(11);
    expect(stats.longestMs).toBeLessThanOrEqual(8);
    expect(stats.busyMs).toBe(100);
    expect(stats.pieces).toBe(pauses + 1);
  });

  it('reports a step that alone takes longer than the budget', async () => {
    const clock = { t: 0 };
    const stats: SliceStats = { totalMs: 0, busyMs: 0, longestMs: 0, pieces: 0 };
    await runSliced(work(clock, 3, 30), { budgetMs: 8, now: () => clock.t, pause: async () => {} }, stats);
    expect(stats.longestMs).toBe(30);
  });

  it('stops at the next pause once its signal is aborted, and the task is not resumed', async () => {
    const clock = { t: 0 };
    const controller = new AbortController();
    let pauses = 0;
    const run = runSliced(work(clock, 1000, 1), {
      budgetMs: 5,
      now: () => clock.t,
      signal: controller.signal,
      pause: async () => {
        if (++pauses === 3) controller.abort(new DOMException('late', 'TimeoutError'));
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(clock.t).toBeLessThan(30);
  });

  it('passes an error of the task on', async () => {
    function* failing(): Generator<void, never, void> {
      yield;
      throw new SyntaxError('bad');
    }
    await expect(runSliced(failing())).rejects.toThrow(SyntaxError);
  });
});
