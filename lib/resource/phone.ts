/**
 * Phone numbers as links. The catalogue writes numbers the way they are said ("020-50 50 50");
 * a tel: link wants digits. Swedish numbers with an area code become +46 numbers so softphones
 * and mobiles dial them the same way; short numbers (112, 1177, 114 14, 116 111) have no
 * international form and stay as they are.
 */

/** Only the digits of a display number. */
export function dialDigits(display: string): string {
  return display.replace(/\D/g, '');
}

/** "020-50 50 50" → "tel:+4620505050"; "114 14" → "tel:11414"; null when there are no digits. */
export function telHref(display: string): string | null {
  const trimmed = display.trim();
  const digits = dialDigits(trimmed);
  if (digits.length === 0) return null;
  if (trimmed.startsWith('+')) return `tel:+${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `tel:+46${digits.slice(1)}`;
  return `tel:${digits}`;
}
