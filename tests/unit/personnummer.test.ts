import { describe, expect, it } from 'vitest';
import { findAge, parsePersonnummer } from '../../lib/page/personnummer.ts';

const now = new Date(Date.UTC(2026, 10, 28));
const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe('parsePersonnummer', () => {
  it('reads valid numbers in every form, inferring the century', () => {
    expect(iso(parsePersonnummer('19121212-1212', now))).toBe('1912-12-12');
    expect(iso(parsePersonnummer('121212-1212', now))).toBe('2012-12-12');
    expect(iso(parsePersonnummer('1212121212', now))).toBe('2012-12-12');
    expect(iso(parsePersonnummer('121212+1212', now))).toBe('1912-12-12');
    expect(iso(parsePersonnummer('811218-9876', now))).toBe('1981-12-18');
  });

  it('reads samordningsnummer (day + 60)', () => {
    expect(iso(parsePersonnummer('701063-2391', now))).toBe('1970-10-03');
  });

  it('rejects bad checksums, impossible dates and future births', () => {
    expect(parsePersonnummer('121212-1213', now)).toBeNull();
    expect(parsePersonnummer('811218-9877', now)).toBeNull();
    expect(parsePersonnummer('20281212-1219', now)).toBeNull();
    expect(parsePersonnummer('20261212-1212', new Date(Date.UTC(2026, 0, 1)))).toBeNull();
    expect(parsePersonnummer('19121212+1212', now)).toBeNull();
    expect(parsePersonnummer('abc', now)).toBeNull();
    expect(parsePersonnummer('811332-9876', now)).toBeNull();
  });
});

describe('findAge', () => {
  it('finds the age in page text', () => {
    expect(findAge('Patient: Tolvan Tolvansson 19121212-1212, inskriven idag', now)).toBe(113);
    expect(findAge('Pnr 121212-1212', now)).toBe(13);
    expect(findAge('Pnr 811218-9876', now)).toBe(44);
  });

  it('counts the birthday exactly', () => {
    expect(findAge('121212-1212', new Date(Date.UTC(2026, 11, 11)))).toBe(13);
    expect(findAge('121212-1212', new Date(Date.UTC(2026, 11, 12)))).toBe(14);
  });

  it('ignores invalid numbers, phone numbers and dates', () => {
    expect(findAge('Ring 0701234567 eller 121212-1213, besök 2026-11-28', now)).toBeNull();
    expect(findAge('', now)).toBeNull();
  });
});
