/** Finding phone numbers in text and in resource data, however they are written. */
import { PHONE_PATTERN } from '../../../data/schema.ts';

const national = (text: string) => text.replace(/\+46\s?\(0\)\s?/g, '0');

/** Digit groups joined by single spaces or hyphens, as numbers are written; "+46 (0)20" is "020". */
export function numbersIn(text: string): Set<string> {
  return new Set([...national(text).matchAll(/\d+(?:[ -]\d+)*/g)].map((m) => m[0].replace(/\D/g, '')));
}

/** A number written out in running text: "020-35 40 40", "116 111", "114 14". */
const IN_TEXT = /(?<![\d-])(?:0\d{1,3}-)?\d{2,4}(?: \d{2,3})+(?![\d])/g;
const isPhone = (s: string) => PHONE_PATTERN.test(s) && /\d{2,}/.test(s) && !/^\d{4}$/.test(s);

/** Phone numbers a resource shows or searches by: channels, names, keywords and its texts. */
export function phoneNumbersOf(value: unknown, key = ''): string[] {
  if (key === 'url' || key === 'sources' || key === 'source') return [];
  if (typeof value === 'string') {
    if (key === 'number') return value === 'unknown' ? [] : [value];
    if (key === 'aliases' || key === 'keywords')
      return isPhone(value) || /^\d{3,}$/.test(value) ? [value] : [];
    return [...national(value).matchAll(IN_TEXT)].map((m) => m[0]);
  }
  if (Array.isArray(value)) return value.flatMap((v) => phoneNumbersOf(v, key));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => phoneNumbersOf(v, k));
  return [];
}
