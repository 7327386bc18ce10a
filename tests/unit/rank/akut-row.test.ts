import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../data/schema.ts';
import { foldAkut } from '../../../lib/rank/akut-row.ts';
import type { Suggestion } from '../../../lib/rank/index.ts';

function s(id: string, group: Suggestion['group'], negatedOnly = false): Suggestion {
  const parts = { fit: 1, named: false, eligibility: 1, region: 1, open: 1 };
  return { id, kind: 'helpline', group, score: 1, parts, reasons: [], negatedOnly };
}

const routes = new Map<string, Pick<Resource, 'route'>>([
  ['sos-112', { route: 'emergency' }],
  ['polisen-114-14', { route: 'report' }],
  ['kvinnofridslinjen', { route: 'talk' }],
]);

describe('foldAkut', () => {
  it('puts the other "Akut" lines beside the emergency line, in one row', () => {
    const out = foldAkut(
      [s('sos-112', 'akut'), s('polisen-114-14', 'akut'), s('kvinnofridslinjen', 'contact')],
      routes,
    );
    expect(out.map((x) => x.id)).toEqual(['sos-112', 'kvinnofridslinjen']);
    expect(out[0]?.beside).toEqual(['polisen-114-14']);
  });

  it('leaves the list as it is without an emergency line, or with nothing to fold', () => {
    const noEmergency = [s('polisen-114-14', 'akut'), s('kvinnofridslinjen', 'contact')];
    expect(foldAkut(noEmergency, routes)).toEqual(noEmergency);
    const alone = [s('sos-112', 'akut'), s('kvinnofridslinjen', 'contact')];
    expect(foldAkut(alone, routes)).toEqual(alone);
    expect(foldAkut(alone, routes)[0]?.beside).toBeUndefined();
  });

  it('never folds a line only mentioned as negated, nor into a negated emergency line', () => {
    const negatedPolice = [s('sos-112', 'akut'), s('polisen-114-14', 'akut', true)];
    expect(foldAkut(negatedPolice, routes).map((x) => x.id)).toEqual(['sos-112', 'polisen-114-14']);
    const negatedSos = [s('sos-112', 'akut', true), s('polisen-114-14', 'akut')];
    expect(foldAkut(negatedSos, routes).map((x) => x.id)).toEqual(['sos-112', 'polisen-114-14']);
  });
});
