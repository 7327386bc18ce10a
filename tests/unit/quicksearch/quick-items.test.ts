/**
 * What the background sends the overlay for a resource (lib/quick-search/quick-items.ts): the
 * primary channel and its live status, the journal line in the template given, and in discreet
 * mode the neutral label only, while the journal line keeps the service's real name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import { quickItem } from '../../../lib/quick-search/quick-items.ts';
import { sensitiveIn } from '../../sensitive-words.ts';
import { byId, realCatalogue } from '../catalogue-fixture.ts';

const TUESDAY_NOON = new Date('2026-12-01T11:00:00Z');
const SATURDAY_NIGHT = new Date('2026-12-05T02:00:00Z');
let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});

describe('quickItem', () => {
  it('carries the number as a tel: link and its live status, in the locale asked for', () => {
    const item = quickItem(byId(catalogue, 'kvinnofridslinjen'), TUESDAY_NOON, { hours: catalogue });
    expect(item.primary).toEqual({ type: 'phone', number: '020-50 50 50', href: 'tel:+4620505050' });
    expect(item.status).toEqual({ state: 'open', text: 'Öppet dygnet runt' });
    const en = quickItem(byId(catalogue, 'kvinnofridslinjen'), TUESDAY_NOON, {
      hours: catalogue,
      locale: 'en',
    });
    expect(en.status?.text).toBe('Open 24 hours');
  });

  it('says when a closed line opens, and never closed for unknown hours', () => {
    const nmt = quickItem(byId(catalogue, 'nmt-stodtelefon'), SATURDAY_NIGHT, { hours: catalogue });
    expect(nmt.status?.state).toBe('closed');
    expect(nmt.status?.text).toMatch(/^Stängt · öppnar /);
    const terrafem = quickItem(byId(catalogue, 'terrafem'), SATURDAY_NIGHT, { hours: catalogue });
    expect(terrafem.status).toEqual({ state: 'unknown', text: 'Öppettider okända' });
  });

  it('gives the web host when there is no number, and nothing when no channel is known', () => {
    const umo = quickItem(byId(catalogue, 'umo'), TUESDAY_NOON, { hours: catalogue });
    expect(umo.primary).toMatchObject({ type: 'web', host: 'umo.se' });
    expect(umo.status).toBeNull();
    expect(quickItem(byId(catalogue, 'barnahus-halland'), TUESDAY_NOON).primary).toBeNull();
  });

  it('shows only the neutral label in discreet mode; the journal line keeps the real name', () => {
    const resource = byId(catalogue, 'kvinnofridslinjen');
    const item = quickItem(resource, TUESDAY_NOON, {
      hours: catalogue,
      discreet: true,
      template: '{name}, {phone}',
    });
    expect(item.name).toBe(resource.neutralName);
    expect(item.organisation).toBe('');
    expect(item.purpose).toBe('');
    expect(sensitiveIn(`${item.name} ${item.organisation} ${item.purpose}`)).toEqual([]);
    expect(item.journal).toBe('Kvinnofridslinjen, 020-50 50 50');
    expect(item.primary).toMatchObject({ type: 'phone', number: '020-50 50 50' });
  });
});
