/**
 * Text normalisation shared by search, the page matcher and anything else that compares
 * Swedish text typed with or without å/ä/ö. Pure string work: safe in popup, worker and Node.
 */

// Letters that NFD does not split into base + combining mark.
const EXTRA: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', œ: 'oe', ð: 'd', þ: 'th', ł: 'l' };
const EXTRA_RE = /[æøßœðþł]/g;
const MARKS_RE = /[\u0300-\u036f]/g;
const SPACE_RE = /[\s\-‐‑‒–—_]+/g;

/**
 * Lower-case, strip diacritics (å/ä→a, ö→o, é→e, ü→u …) and collapse runs of whitespace,
 * hyphens and dashes to one space. Other punctuation (e.g. "+" in "hbtq+") is kept.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(EXTRA_RE, (c) => EXTRA[c] ?? c)
    .replace(SPACE_RE, ' ')
    .trim();
}

/** Only the digits of a phone number, with a Swedish +46 / 0046 prefix turned into a leading 0. */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (text.trim().startsWith('+46')) return `0${digits.slice(2)}`;
  if (digits.startsWith('0046')) return `0${digits.slice(4)}`;
  return digits;
}

/** True when the text looks like someone typing a phone number: digits, spaces, hyphens, "+". */
export function looksLikePhone(text: string): boolean {
  return /^\+?[\d\s\-()]+$/.test(text.trim()) && /\d{3}/.test(text.replace(/\D/g, ''));
}
