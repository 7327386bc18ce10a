/**
 * The process time zone must not matter. Node applies a runtime change of process.env.TZ to Date,
 * so one run can compile and evaluate under several zones (vitest runs files in separate forks).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { compileHours } from '../../../lib/hours/compile.ts';
import { formatStatus } from '../../../lib/hours/format.ts';
import { hoursStatus } from '../../../lib/hours/status.ts';
import { FROM } from './helpers.ts';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

const EXPRESSIONS = [
  'Mo-Fr 09:00-16:00; PH off',
  'Mo-Fr 09:00-16:00; Jun 19-25 Fr off; Dec 24,31 off; PH off',
  'Mo-Su 21:00-06:00',
  '24/7',
  'Mo-Th 08:00-12:00,13:00-16:30; Fr 08:00-12:00; PH off',
];
const ZONES = ['America/New_York', 'Asia/Kolkata', 'Europe/Stockholm', 'Pacific/Auckland'];
// Both 2027 DST nights, New Year's night, an ordinary Tuesday afternoon.
const INSTANTS = [
  '2027-03-28T00:30:00Z',
  '2027-03-28T04:00:00Z',
  '2027-10-31T00:30:00Z',
  '2027-10-31T01:30:00Z',
  '2027-12-31T23:30:00Z',
  '2027-03-02T14:59:00Z',
].map((iso) => new Date(iso));

function snapshot(): string[] {
  return EXPRESSIONS.map((osm) => {
    const c = compileHours(osm, FROM);
    const texts = INSTANTS.map((t) => formatStatus(hoursStatus(c, t), t, 'sv'));
    return JSON.stringify({ c, texts });
  });
}

describe('independence from the process time zone', () => {
  process.env.TZ = 'UTC';
  const reference = snapshot();

  it.each(ZONES)('compiles and formats the same under TZ=%s as under UTC', (zone) => {
    process.env.TZ = zone;
    expect(new Date(Date.UTC(2027, 0, 15)).getTimezoneOffset()).not.toBe(0); // the switch took effect
    expect(snapshot()).toEqual(reference);
  });
});
