/**
 * What the patient's handout says: a neutral title, the chosen line with its number (or chat or
 * web address), its hours and the privacy promises its facts carry, then the general lines. Only
 * facts from the catalogue: an unknown number reads "Nummer saknas", unknown hours "Öppettider
 * okända". No name, address or word that says what the visit is about (lib/resource/sensitive-words.ts).
 */
import type { Resource } from '../../data/schema.ts';
import { type BundledCatalogue, channelHours } from '../catalogue/bundled.ts';
import { formatWeek } from '../hours/format.ts';
import type { Locale } from '../i18n/i18n.ts';
import { primaryChannel } from '../resource/glance.ts';
import { sensitiveIn } from '../resource/sensitive-words.ts';
import { slipLabel } from './label.ts';
import { chooseGeneralLines } from './lines.ts';
import { type HandoutMessageKey, slipT } from './text.ts';

export type SlipContact =
  | { kind: 'phone'; number: string; href: string }
  | { kind: 'chat' | 'web'; address: string; url: string };

export interface SlipLine {
  id: string;
  label: string;
  /** null: nothing known that may be printed ("Nummer saknas") */
  contact: SlipContact | null;
  /** "Öppet dygnet runt", "mån–fre 09:00–16:30, lör–sön stängt", "Öppettider okända"; null for a web page */
  hours: string | null;
  /** "Syns inte på telefonräkningen", "Anonymt": only where the facts say so */
  hints: string[];
}

/** What the clinician should know about the slip, on the screen only: a string key and a count. */
export interface SlipNotice {
  key: HandoutMessageKey;
  count?: number;
}

export interface Slip {
  locale: Locale;
  title: string;
  chosen: SlipLine | null;
  general: SlipLine[];
  /** The chosen line as a QR code for the screen: its tel: link, or its chat or web address */
  qr: { target: string; kind: SlipContact['kind']; number?: string } | null;
  notices: SlipNotice[];
}

export interface SlipRequest {
  /** The resource the clinician chose; null or unknown: the general lines only */
  chosenId: string | null;
  locale: Locale;
  /** The administrator's general lines (policy `handoutLines`), when set */
  policyLines?: readonly string[] | undefined;
}

type Catalogue = Pick<BundledCatalogue, 'resources' | 'hours'>;

interface Reached {
  line: SlipLine;
  qr: Slip['qr'];
  /** An address exists but would tell what the contact is about */
  withheld: boolean;
}

function hostOf(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}

/** The weekly hours as printed; unknown when any day is unknown. Exceptions are not listed. */
function hoursText(catalogue: Catalogue, resource: Resource, index: number, locale: Locale): string | null {
  const channel = resource.channels[index];
  if (channel === undefined || !('hours' in channel)) return null;
  const compiled = channelHours(catalogue, resource.id, index);
  if (compiled === 'unknown' || compiled.week.some((day) => day === null))
    return slipT(locale, 'slipHoursUnknown');
  if (compiled.always) return slipT(locale, 'slipOpenAlways');
  const week = formatWeek(compiled, locale);
  return week.length > 0 ? week.join(', ') : slipT(locale, 'slipHoursUnknown');
}

/** The privacy promises the facts make for this channel; the phone bill only with a listed source. */
function hintsOf(resource: Resource, index: number, locale: Locale): string[] {
  const hints: string[] = [];
  const channel = resource.channels[index];
  const bill = channel && 'notOnPhoneBill' in channel ? channel.notOnPhoneBill : undefined;
  if (bill && resource.sources.some((s) => s.url === bill.source))
    hints.push(slipT(locale, 'slipHintNotOnBill'));
  if (resource.anonymity === 'anonymous') hints.push(slipT(locale, 'slipHintAnonymous'));
  if (resource.anonymity === 'optional') hints.push(slipT(locale, 'slipHintAnonymityOptional'));
  return hints;
}

function reach(catalogue: Catalogue, resource: Resource, locale: Locale): Reached {
  const base = { id: resource.id, label: slipLabel(resource, locale) };
  const empty = { ...base, contact: null, hours: null, hints: [] };
  const primary = primaryChannel(resource);
  if (primary === null) return { line: empty, qr: null, withheld: false };
  const more = {
    hours: hoursText(catalogue, resource, primary.index, locale),
    hints: hintsOf(resource, primary.index, locale),
  };
  if (primary.type === 'phone') {
    const contact = { kind: 'phone' as const, number: primary.number, href: primary.href };
    const qr = { target: primary.href, kind: 'phone' as const, number: primary.number };
    return { line: { ...base, contact, ...more }, qr, withheld: false };
  }
  const qr = { target: primary.url, kind: primary.type };
  const address = hostOf(primary.url);
  if (sensitiveIn(address).length > 0) return { line: empty, qr, withheld: true };
  return {
    line: { ...base, contact: { kind: primary.type, address, url: primary.url }, ...more },
    qr,
    withheld: false,
  };
}

/** The slip for one request; pure, so the page, the tests and a later surface build the same one. */
export function buildSlip(catalogue: Catalogue, request: SlipRequest): Slip {
  const { locale } = request;
  const notices: SlipNotice[] = [];
  const resources = catalogue.resources;
  const chosenResource = resources.find((r) => r.id === request.chosenId) ?? null;
  if (request.chosenId === null) notices.push({ key: 'handoutNoChosen' });
  else if (chosenResource === null) notices.push({ key: 'handoutChosenMissing' });
  const chosen = chosenResource && reach(catalogue, chosenResource, locale);
  if (chosen?.withheld) notices.push({ key: 'handoutAddressWithheld' });
  else if (chosen && chosen.line.contact === null) notices.push({ key: 'handoutNoContact' });

  const choice = chooseGeneralLines(resources, request.policyLines, chosenResource);
  if (choice.unknownIds.length > 0) {
    if (choice.from === 'default') notices.push({ key: 'handoutPolicyFallback' });
    else notices.push({ key: 'handoutPolicyUnknown', count: choice.unknownIds.length });
  }
  const reached = choice.lines.map((r) => reach(catalogue, r, locale).line);
  const general = reached.filter((line) => line.contact !== null);
  if (general.length < reached.length)
    notices.push({ key: 'handoutDropped', count: reached.length - general.length });

  return {
    locale,
    title: slipT(locale, 'slipTitle'),
    chosen: chosen?.line ?? null,
    general,
    qr: chosen?.qr ?? null,
    notices,
  };
}

/** How a line is reached, as printed: the number, "Chatt: bris.se", or "Nummer saknas". */
export function contactText(line: SlipLine, locale: Locale): string {
  const contact = line.contact;
  if (contact === null) return slipT(locale, 'slipNumberMissing');
  if (contact.kind === 'phone') return contact.number;
  return `${slipT(locale, contact.kind === 'chat' ? 'slipChat' : 'slipWeb')}: ${contact.address}`;
}

/** Every word the slip prints, one line each: what the neutral-wording check reads. */
export function slipText(slip: Slip): string {
  const lines = [slip.chosen, ...slip.general].flatMap((line) =>
    line === null ? [] : [line.label, contactText(line, slip.locale), line.hours ?? '', ...line.hints],
  );
  return [slip.title, ...lines].filter((text) => text !== '').join('\n');
}
