/**
 * Every phone number in data/resources stands in one of the facts files (docs/facts/), so no number
 * was filled in from memory. Spaces and hyphens are ignored: "020-39 00 00" is "020-390 000".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numbersIn, phoneNumbersOf } from './phone-numbers.ts';
import { readResourceFiles } from './resource-files.ts';

const FACTS = new URL('../../../docs/facts/', import.meta.url);

/** Every number the facts files write, as digits only. */
const factFiles = readdirSync(FACTS).filter((f) => /^catalogue-facts.*\.md$/.test(f));
const known = new Set(factFiles.flatMap((f) => [...numbersIn(readFileSync(new URL(f, FACTS), 'utf8'))]));

describe('phone numbers and the facts files', () => {
  it('reads both facts files', () => {
    expect(factFiles.sort()).toEqual(['catalogue-facts-2.md', 'catalogue-facts.md']);
    expect(known.has('020505050')).toBe(true);
  });

  it('finds numbers however they are written, and only numbers', () => {
    expect(phoneNumbersOf({ channels: [{ number: '020-50 50 50' }, { number: 'unknown' }] })).toEqual([
      '020-50 50 50',
    ]);
    expect(
      phoneNumbersOf({ aliases: ['116 111', 'Bris', '11414'], keywords: ['2015-12-4', '2021:23'] }),
    ).toEqual(['116 111', '11414']);
    expect(
      phoneNumbersOf({
        description: 'Ring 020-35 40 40 eller 114 14, ISBN 978-91-525-0813-8, 8 486 samtal 2024.',
      }),
    ).toEqual(['020-35 40 40', '114 14']);
    expect([...numbersIn('tel. +46(0)20-390 000 och 020-39 00 00')]).toEqual(['020390000']);
    expect(phoneNumbersOf({ note: 'från utlandet +46 (0)20-390 000' })).toEqual(['020-390 000']);
  });

  it.each(readResourceFiles().map((f) => [f.name, f.data] as const))(
    '%s: every number is in a facts file',
    (_, data) => {
      const missing = phoneNumbersOf(data).filter((n) => !known.has(n.replace(/\D/g, '')));
      expect(missing).toEqual([]);
    },
  );
});
