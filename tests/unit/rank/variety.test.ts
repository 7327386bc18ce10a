/** Different needs and kinds of help on top before a second one of the same (lib/rank/variety.ts). */
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../data/schema.ts';
import { newSeen, ROUTE_SHARE, VARIED, varyTier } from '../../../lib/rank/variety.ts';

const resource = (id: string, route: Resource['route'], serves: Record<string, number>) =>
  ({ id, route, serves }) as unknown as Resource;

const R = [
  resource('talk-a', 'talk', { barn: 0.9 }),
  resource('talk-b', 'talk', { barn: 0.7 }),
  resource('report', 'report', { barn: 0.6 }),
  resource('self-harm', 'care', { skada: 0.7 }),
  resource('no-route', undefined, { barn: 0.5 }),
];
const byId = new Map(R.map((r) => [r.id, r]));
const order = (items: { id: string; score: number }[], needs: string[]) =>
  varyTier(items, (id) => byId.get(id), needs, newSeen(R, needs)).map(({ item }) => item.id);

describe('variety', () => {
  it('puts another kind of help before a second one of the same kind', () => {
    const items = [
      { id: 'talk-a', score: 1.5 },
      { id: 'talk-b', score: 1.2 },
      { id: 'report', score: 1.0 },
    ];
    // 1.2 × 0.75 = 0.9 < 1.0: the report route comes second.
    expect(ROUTE_SHARE).toBe(0.75);
    expect(order(items, ['barn'])).toEqual(['talk-a', 'report', 'talk-b']);
  });

  it('keeps the order when the second of a kind still scores higher', () => {
    const items = [
      { id: 'talk-a', score: 1.5 },
      { id: 'talk-b', score: 1.4 },
      { id: 'report', score: 1.0 },
    ];
    expect(order(items, ['barn'])).toEqual(['talk-a', 'talk-b', 'report']);
  });

  it('gives a second need its best contact early, when it scores at least half the best', () => {
    const items = [
      { id: 'talk-a', score: 1.5 },
      { id: 'report', score: 1.2 },
      { id: 'self-harm', score: 0.8 },
    ];
    expect(order(items, ['barn', 'skada'])).toEqual(['talk-a', 'self-harm', 'report']);
    // Too weak for the need: score order.
    expect(order([...items.slice(0, 2), { id: 'self-harm', score: 0.5 }], ['barn', 'skada'])).toEqual([
      'talk-a',
      'report',
      'self-harm',
    ]);
  });

  it('a contact without a route is never lowered', () => {
    const items = [
      { id: 'talk-a', score: 1.5 },
      { id: 'no-route', score: 1.0 },
      { id: 'talk-b', score: 1.2 },
    ];
    expect(order(items, ['barn'])).toEqual(['talk-a', 'no-route', 'talk-b']);
  });

  it('reorders only the top of a long tier; the rest follow in score order', () => {
    // Sixteen talk lines, then four report lines: a report would jump up if the whole tier were varied.
    const items = Array.from({ length: 20 }, (_, i) => ({
      id: i < 16 ? 'talk-a' : 'report',
      score: 100 - i,
    }));
    const placed = varyTier(items, (id) => byId.get(id), ['barn'], newSeen(R, ['barn']));
    expect(VARIED).toBeLessThan(16);
    expect(placed.map(({ item }) => item.score)).toEqual(items.map((x) => x.score));
  });
});
