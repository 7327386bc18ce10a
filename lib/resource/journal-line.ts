/**
 * The documentation line a clinician pastes into the journal. The template lives here, in one
 * place, so an administrator setting can replace it later. It is deliberately neutral: it names
 * the service, how to reach it and the date, nothing about the patient.
 */
import type { Resource } from '../../data/schema.ts';

/**
 * Placeholders: {name} {organisation} {phone} {url} {date}. A comma-separated part whose
 * placeholders are all empty is left out, so a chat without a phone number reads naturally.
 * The default carries no web address: a journal line with a 110-character link in it is noise;
 * an administrator who wants it adds {url}.
 */
export const DEFAULT_JOURNAL_TEMPLATE = 'Hänvisning: {name}, tel. {phone}, {date}';

export type JournalResource = Pick<Resource, 'name' | 'organisation' | 'channels'>;

const DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Sweden, "2026-11-28", whatever the machine's time zone. */
export function swedishDate(now: Date): string {
  return DATE.format(now);
}

function firstPhone(resource: JournalResource): string {
  for (const c of resource.channels) {
    if (c.type === 'phone' && c.number !== 'unknown') return c.number;
  }
  return '';
}

/** The chat address when known, otherwise the web site. */
function firstUrl(resource: JournalResource): string {
  for (const type of ['chat', 'web'] as const) {
    for (const c of resource.channels) {
      if (c.type === type && c.url !== 'unknown') return c.url;
    }
  }
  return '';
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function journalLine(resource: JournalResource, template: string, now: Date): string {
  const values: Record<string, string> = {
    name: resource.name,
    organisation: resource.organisation,
    phone: firstPhone(resource),
    url: firstUrl(resource),
    date: swedishDate(now),
  };
  const parts = template.split(', ').filter((part) => {
    const names = [...part.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
    return names.length === 0 || names.some((n) => !(n in values) || values[n] !== '');
  });
  return parts.join(', ').replace(PLACEHOLDER, (whole, n: string) => values[n] ?? whole);
}

/**
 * What goes between the text before the caret and an inserted line, so the line never sticks to
 * the last word ("…om det.Hänvisning:"): nothing at the start of a field or after white space, a
 * new line in a multi-line field (a text area, a rich-text editor), else a space.
 */
export function separatorBefore(before: string, multiline: boolean): string {
  if (before === '' || /\s$/u.test(before)) return '';
  return multiline ? '\n' : ' ';
}
