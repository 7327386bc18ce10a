import { beforeAll, describe, expect, it } from 'vitest';
import type { Resource } from '../../../data/schema.ts';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import {
  chooseGeneralLines,
  defaultGeneralLines,
  isGeneralLine,
  MAX_DEFAULT_LINES,
} from '../../../lib/handout/lines.ts';
import { byId, realCatalogue } from '../catalogue-fixture.ts';

let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});

const ids = (resources: readonly Resource[]) => resources.map((r) => r.id);

/** A copy of 1177 with other fields: a line for everyone until a field says otherwise. */
function line(id: string, number: string, change: Partial<Resource> = {}): Resource {
  const base = byId(catalogue, 'vardguiden-1177');
  return {
    ...base,
    id,
    channels: [{ type: 'phone', number, hours: 'unknown' }],
    ...change,
  } as Resource;
}

describe('the default general lines, chosen by the data', () => {
  it('are the emergency number, health-care advice and the police in the bundled catalogue', () => {
    expect(ids(defaultGeneralLines(catalogue.resources))).toEqual([
      'sos-112',
      'vardguiden-1177',
      'polisen-114-14',
    ]);
  });

  it('leave out lines for one group, lines without a known number and regional lines', () => {
    for (const id of [
      'kvinnofridslinjen', // women only
      'bris', // under 18
      'stodlinjen-for-man', // men, a talk line
      'stodlinjen-for-transpersoner', // hbtqi
      'preventell', // number not known
      'jourhavande-medmanniska', // number not known
      'socialjouren-halland', // Halland only
      'nmt-stodtelefon', // for staff
      'umo', // a web site
    ])
      expect(isGeneralLine(byId(catalogue, id)), id).toBe(false);
  });

  it('ask every field: gender, age, hbtqi, coverage, audience, kind of help, a number', () => {
    expect(isGeneralLine(line('alla', '1177'))).toBe(true);
    const open = line('x', '1177').eligibility;
    expect(isGeneralLine(line('x', '1177', { eligibility: { ...open, gender: ['women'] } }))).toBe(false);
    expect(isGeneralLine(line('x', '1177', { eligibility: { ...open, age: { min: 18, max: null } } }))).toBe(
      false,
    );
    expect(isGeneralLine(line('x', '1177', { eligibility: { ...open, hbtqi: true } }))).toBe(false);
    expect(isGeneralLine(line('x', '1177', { coverage: { scope: 'regions', regions: ['13'] } }))).toBe(false);
    expect(isGeneralLine(line('x', '1177', { audience: ['staff'] }))).toBe(false);
    expect(isGeneralLine(line('x', '1177', { route: 'talk' }))).toBe(false);
    expect(isGeneralLine(line('x', 'unknown'))).toBe(false);
  });

  it('keep one line per number and no more than fit on a card', () => {
    const many = ['1', '2', '3', '4', '5', '6'].map((n) => line(`linje-${n}`, `11${n}`));
    const twin = line('tvilling', '1177');
    const chosen = defaultGeneralLines([line('a', '1177'), twin, ...many]);
    expect(chosen).toHaveLength(MAX_DEFAULT_LINES);
    expect(ids(chosen)).not.toContain('tvilling');
  });
});

describe("the administrator's lines (policy handoutLines)", () => {
  it('are used in their order, without the chosen resource', () => {
    const choice = chooseGeneralLines(
      catalogue.resources,
      ['vardguiden-1177', 'bris', 'sos-112'],
      byId(catalogue, 'bris'),
    );
    expect(choice).toEqual({
      lines: [byId(catalogue, 'vardguiden-1177'), byId(catalogue, 'sos-112')],
      from: 'policy',
      unknownIds: [],
    });
  });

  it('skip ids the catalogue does not hold, and say which', () => {
    const choice = chooseGeneralLines(catalogue.resources, ['finns-inte', 'sos-112', 'sos-112'], null);
    expect(ids(choice.lines)).toEqual(['sos-112']);
    expect(choice.unknownIds).toEqual(['finns-inte']);
    expect(choice.from).toBe('policy');
  });

  it('fall back to the default set when no id is known, and an empty list means none', () => {
    const typo = chooseGeneralLines(catalogue.resources, ['sos112', 'vardguiden'], null);
    expect(ids(typo.lines)).toEqual(['sos-112', 'vardguiden-1177', 'polisen-114-14']);
    expect(typo).toMatchObject({ from: 'default', unknownIds: ['sos112', 'vardguiden'] });
    expect(chooseGeneralLines(catalogue.resources, [], null)).toEqual({
      lines: [],
      from: 'policy',
      unknownIds: [],
    });
  });

  it('leave out a general line with the chosen number (socialjouren is reached on 112)', () => {
    const choice = chooseGeneralLines(
      catalogue.resources,
      undefined,
      byId(catalogue, 'socialjouren-halland'),
    );
    expect(ids(choice.lines)).toEqual(['vardguiden-1177', 'polisen-114-14']);
  });
});
