/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer,
 * day + 60), used only to filter suggestions by age. Privacy: the number and birth date are
 * computed in memory, never stored, logged or sent; callers keep only the resulting age.
 */

const PNR_RE = /(?<![\d-])(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?!\d)/g;

function luhnOk(digits10: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(digits10.charAt(i)) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function validDate(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/**
 * Birth date (UTC midnight) of a personnummer or samordningsnummer written as YYYYMMDD-XXXX,
 * YYYYMMDDXXXX, YYMMDD-XXXX, YYMMDDXXXX or YYMMDD+XXXX ("+" = 100 years or older), or null when
 * the checksum, date or century does not hold. Birth dates after `now` are rejected.
 */
export function parsePersonnummer(s: string, now: Date): Date | null {
  const m = /^\s*(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})\s*$/.exec(s);
  return m ? fromParts(m, now) : null;
}

function fromParts(m: RegExpExecArray, now: Date): Date | null {
  const [, cc, yy = '', mm = '', dd = '', sep = '', tail = ''] = m;
  if (!luhnOk(yy + mm + dd + tail)) return null;
  let day = Number(dd);
  if (day > 60) day -= 60;
  const month = Number(mm);
  const nowYear = now.getUTCFullYear();
  let year: number;
  if (cc !== undefined) {
    if (sep === '+') return null;
    year = Number(cc + yy);
  } else {
    // Century inferred: the latest year not in the future, one more century back for "+".
    year = Math.floor(nowYear / 100) * 100 + Number(yy);
    if (year > nowYear) year -= 100;
    if (sep === '+') year -= 100;
  }
  const date = validDate(year, month, day);
  if (date === null || date.getTime() > now.getTime()) return null;
  return date;
}

function ageAt(birth: Date, now: Date): number {
  let age = now.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < birth.getUTCMonth() ||
    (now.getUTCMonth() === birth.getUTCMonth() && now.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}

/** Age from the first valid personnummer/samordningsnummer in the text, or null. */
export function findAge(text: string, now: Date): number | null {
  for (const m of text.matchAll(PNR_RE)) {
    // In running text a bare ten-digit number is more often a phone number: require the separator.
    if (m[1] === undefined && m[5] === '') continue;
    const birth = fromParts(m as RegExpExecArray, now);
    if (birth !== null) return ageAt(birth, now);
  }
  return null;
}
