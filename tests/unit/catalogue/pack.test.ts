/**
 * The index as stored (lib/catalogue/pack.ts): whatever goes in comes out equal, lists of strings
 * and large number arrays leave the skeleton, and a record holds more than its size only alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../../lib/catalogue/index-data.ts';
import { pack, unpack, unpackSteps } from '../../../lib/catalogue/pack.ts';
import { realCatalogue } from '../catalogue-fixture.ts';

const bytes = (views: readonly ArrayBufferView[]) => views.reduce((sum, v) => sum + v.byteLength, 0);

describe('packing the index', () => {
  it('gives back the index of the bundled catalogue as it was built, in one record', async () => {
    const { index, secondary } = indexOf(await realCatalogue(), true);
    expect(pack(index).records.length).toBeLessThanOrEqual(1);
    expect(unpack(pack(index))).toEqual(index);
    expect(unpack(pack(secondary))).toEqual(secondary);
  });

  it('gives back any value of lists, strings, numbers and typed arrays', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 3000 }),
        fc.array(fc.integer(), { maxLength: 20 }),
        fc.integer({ min: 0, max: 9000 }).map((n) => Int32Array.from({ length: n }, (_, i) => i * 7)),
        fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.constantFrom(null, true, 'x', 1.5),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(unpack(pack(v))).toEqual(v);
      }),
      { numRuns: 150 },
    );
  });

  it('cuts the bulk out into records of at most the record size, a larger piece alone', () => {
    const RECORD = 256 * 1024;
    // Six lists of about 120 kB, and one array larger than a record.
    const names = Array.from({ length: 6 }, (_, k) =>
      Array.from({ length: 3500 }, (_, i) => `Ungdomsmottagningen Ort ${k}-${i}`),
    );
    const big = Int32Array.from({ length: RECORD / 4 + 1 }, (_, i) => i);
    const packed = pack({ names, big, small: ['a', 'b'], n: 3 }, RECORD);
    expect(JSON.stringify(packed.skeleton)).not.toContain('Ungdomsmottagningen');
    expect(JSON.stringify(packed.skeleton)).toContain('"small":["a","b"]');
    // The lists in pieces of a thousand strings, several to a record; the large array alone.
    expect(packed.records.some((r) => r.length > 1)).toBe(true);
    expect(packed.records.filter((r) => r.includes(big))).toEqual([[big]]);
    for (const record of packed.records)
      expect(record.length === 1 || bytes(record) <= RECORD, `${bytes(record)}`).toBe(true);
    expect(unpack(packed)).toEqual({ names, big, small: ['a', 'b'], n: 3 });
  });

  it('unpacks a long list in pieces, pausing between them, to what unpack gives', () => {
    const names = Array.from({ length: 5500 }, (_, i) => `Kvinnojouren ${i}`);
    const packed = pack({ names, n: 1 });
    const task = unpackSteps(packed);
    let pauses = 0;
    for (let step = task.next(); ; step = task.next()) {
      if (step.done) {
        expect(step.value).toEqual({ names, n: 1 });
        break;
      }
      pauses++;
    }
    expect(pauses).toBe(6);
  });

  it('refuses a packed value whose record is missing instead of giving a wrong one', () => {
    const packed = pack({ names: Array.from({ length: 5000 }, (_, i) => `namn ${i}`) });
    expect(() => unpack({ ...packed, records: [] })).toThrow(/missing/);
  });
});
