/**
 * What the handout page is asked for, in its address: a resource id and the slip's language,
 * nothing else (no page text, no name). And what the administrator set for handouts, read
 * leniently from managed storage without zod: a bad item is dropped, the rest applies.
 */
import type { Feature } from '../../data/policy-schema.ts';
import type { Resource } from '../../data/schema.ts';
import type { Locale } from '../i18n/i18n.ts';
import { FEATURE_LIST } from '../policy/features.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface HandoutRequest {
  /** null: no id given; an id that is not well-formed counts as one the catalogue lacks */
  chosenId: string | null;
  locale: Locale;
  /** Open the print dialog once, when asked by the button that opened the page */
  print: boolean;
}

/** "?id=kvinnofridslinjen&lang=sv&print=1" → the request; anything else in the address is ignored. */
export function parseHandoutQuery(search: string): HandoutRequest {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  return {
    chosenId: id === null ? null : ID.test(id) && id.length <= 200 ? id : '',
    locale: params.get('lang') === 'en' ? 'en' : 'sv',
    print: params.get('print') === '1',
  };
}

export function handoutQuery(request: { chosenId: string | null; locale: Locale; print?: boolean }): string {
  const params = new URLSearchParams();
  if (request.chosenId !== null) params.set('id', request.chosenId);
  params.set('lang', request.locale);
  if (request.print) params.set('print', '1');
  return `?${params.toString()}`;
}

/** A slip makes sense for what a patient or a relative may contact, not for staff-only lines or guidance. */
export function canHandOut(resource: Pick<Resource, 'kind' | 'audience'>): boolean {
  return resource.kind !== 'guidance' && resource.audience.some((a) => a === 'patient' || a === 'relatives');
}

export interface HandoutPolicy {
  /** The administrator's general lines; undefined when not set */
  lines: string[] | undefined;
  disabledFeatures: Feature[];
}

/** The handout's policy keys from raw managed storage; a list with bad items keeps the good ones. */
export function handoutPolicyOf(raw: Record<string, unknown>): HandoutPolicy {
  const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : undefined);
  const lines = list(raw.handoutLines)?.filter((id): id is string => typeof id === 'string' && ID.test(id));
  const features = list(raw.disabledFeatures) ?? [];
  return {
    lines,
    disabledFeatures: FEATURE_LIST.filter((f) => features.includes(f)),
  };
}
