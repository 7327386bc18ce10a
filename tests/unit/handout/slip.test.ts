import { beforeAll, describe, expect, it } from 'vitest';
import type { Resource } from '../../../data/schema.ts';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import { slipLabel } from '../../../lib/handout/label.ts';
import { buildSlip, contactText, slipText } from '../../../lib/handout/slip.ts';
import { sensitiveIn } from '../../../lib/resource/sensitive-words.ts';
import handoutEn from '../../../locales/handout/en.json' with { type: 'json' };
import handoutSv from '../../../locales/handout/sv.json' with { type: 'json' };
import { byId, realCatalogue } from '../catalogue-fixture.ts';

let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});

const slip = (chosenId: string | null, locale: 'sv' | 'en' = 'sv', policyLines?: string[]) =>
  buildSlip(catalogue, { chosenId, locale, policyLines });

describe('the slip for a line whose name says what it is about (Kvinnofridslinjen)', () => {
  it('prints a neutral label, the number, its hours and the promises its facts make', () => {
    const s = slip('kvinnofridslinjen');
    expect(s.title).toBe('Viktiga nummer');
    expect(s.chosen).toEqual({
      id: 'kvinnofridslinjen',
      label: 'Nationell stödlinje',
      contact: { kind: 'phone', number: '020-50 50 50', href: 'tel:+4620505050' },
      hours: 'Öppet dygnet runt',
      hints: ['Syns inte på telefonräkningen', 'Du kan vara anonym'],
    });
    expect(s.general.map((l) => `${l.label} ${contactText(l, 'sv')}`)).toEqual([
      'Larmnummer 112',
      'Sjukvårdsrådgivning 1177',
      'Myndighet 114 14',
    ]);
    expect(s.qr).toEqual({ target: 'tel:+4620505050', kind: 'phone', number: '020-50 50 50' });
    expect(s.notices).toEqual([]);
    expect(sensitiveIn(slipText(s))).toEqual([]);
    // The real name would have told.
    expect(sensitiveIn(byId(catalogue, 'kvinnofridslinjen').name)).not.toEqual([]);
  });

  it('prints the same in English', () => {
    const s = slip('kvinnofridslinjen', 'en');
    expect(s.title).toBe('Useful numbers');
    expect(s.chosen?.label).toBe('National helpline');
    expect(s.chosen?.hours).toBe('Open 24 hours');
    expect(s.chosen?.hints).toEqual(['Does not show on the phone bill', 'You can stay anonymous']);
    expect(s.general.map((l) => l.label)).toEqual([
      'Emergency number',
      'Healthcare advice',
      'Public authority',
    ]);
    expect(sensitiveIn(slipText(s))).toEqual([]);
  });

  it('prints a weekly pattern where the line keeps hours', () => {
    expect(slip('stodlinjen-for-man').chosen?.hours).toBe('mån–sön 07:00–21:00');
    expect(slip('nmt-stodtelefon', 'en').chosen?.hours).toBe('Mon–Fri 09:00–16:30, Sat–Sun closed');
  });
});

describe('what is not known is printed as not known', () => {
  it('a line without a known number: "Nummer saknas", no hours, no promises, no QR code', () => {
    const s = slip('jourhavande-medmanniska');
    expect(s.chosen).toEqual({
      id: 'jourhavande-medmanniska',
      label: 'Samtalsstöd',
      contact: null,
      hours: null,
      hints: [],
    });
    expect(contactText(s.chosen ?? ({} as never), 'sv')).toBe('Nummer saknas');
    expect(s.qr).toBeNull();
    expect(s.notices).toEqual([{ key: 'handoutNoContact' }]);
    expect(s.general).toHaveLength(3);
  });

  it('unknown hours: "Öppettider okända", never closed', () => {
    expect(slip('terrafem').chosen).toMatchObject({
      contact: { number: '020-52 10 10' },
      hours: 'Öppettider okända',
    });
    expect(slip('terrafem', 'en').chosen?.hours).toBe('Opening hours unknown');
  });

  it('a web page: its host, no hours; the QR code opens it', () => {
    const s = slip('pegasus-rad-och-stod');
    expect(contactText(s.chosen ?? ({} as never), 'sv')).toBe('Webb: pegasus.se');
    expect(s.chosen?.hours).toBeNull();
    expect(s.qr).toEqual({ target: 'https://pegasus.se/', kind: 'web' });
  });

  it('an unknown resource id, or none: the general lines only, and the screen says why', () => {
    const missing = slip('finns-inte');
    expect(missing.chosen).toBeNull();
    expect(missing.qr).toBeNull();
    expect(missing.general).toHaveLength(3);
    expect(missing.notices).toEqual([{ key: 'handoutChosenMissing' }]);
    expect(slip(null).notices).toEqual([{ key: 'handoutNoChosen' }]);
  });

  it("the administrator's ids that are not in the catalogue are counted, not printed", () => {
    const s = slip('kvinnofridslinjen', 'sv', ['sos-112', 'nedlagd-linje', 'jourhavande-medmanniska']);
    expect(s.general.map((l) => l.id)).toEqual(['sos-112']);
    expect(s.notices).toEqual([
      { key: 'handoutPolicyUnknown', count: 1 },
      { key: 'handoutDropped', count: 1 },
    ]);
    expect(slip('kvinnofridslinjen', 'sv', ['nedlagd']).notices).toEqual([{ key: 'handoutPolicyFallback' }]);
  });
});

describe('no word on any slip says what the visit is about', () => {
  const address = (r: Resource) => ({
    ...r,
    channels: [{ type: 'web' as const, url: 'https://kvinnofridslinjen.se/' }],
  });

  it("the handout page's own words, on the slip and around it, say nothing either", () => {
    for (const text of [...Object.values(handoutSv), ...Object.values(handoutEn)])
      expect(sensitiveIn(text), text).toEqual([]);
  });

  it('an address that tells is not printed; the QR code on the screen still has it', () => {
    const only = { resources: [address(byId(catalogue, 'umo'))], hours: {} };
    const s = buildSlip(only, { chosenId: 'umo', locale: 'sv' });
    expect(s.chosen?.contact).toBeNull();
    expect(s.qr?.target).toBe('https://kvinnofridslinjen.se/');
    expect(s.notices).toContainEqual({ key: 'handoutAddressWithheld' });
  });

  it('a label that tells gives way to the kind; no English label: the kind in English', () => {
    const telling = {
      kind: 'helpline' as const,
      neutralName: 'Linje om våld',
      en: { neutralName: 'Violence line' },
    };
    expect(slipLabel(telling, 'sv')).toBe('Stödlinje');
    expect(slipLabel(telling, 'en')).toBe('Helpline');
    expect(slipLabel({ kind: 'chat', neutralName: 'Chatt', en: undefined }, 'en')).toBe('Chat');
  });

  it('the phone bill only with a source the resource lists', () => {
    const r = byId(catalogue, 'kvinnofridslinjen');
    const [phone, ...rest] = r.channels;
    const unsourced = {
      ...r,
      channels: [{ ...phone, notOnPhoneBill: { source: 'https://example.se/' } }, ...rest],
    };
    const s = buildSlip({ resources: [unsourced as Resource], hours: {} }, { chosenId: r.id, locale: 'sv' });
    expect(s.chosen?.hints).toEqual(['Du kan vara anonym']);
  });

  it.each(['sv', 'en'] as const)(
    'every resource of the catalogue, in %s; every number is its own',
    (locale) => {
      for (const resource of catalogue.resources) {
        const s = slip(resource.id, locale);
        expect(sensitiveIn(slipText(s)), resource.id).toEqual([]);
        for (const line of [s.chosen, ...s.general]) {
          if (line?.contact?.kind !== 'phone') continue;
          const own = byId(catalogue, line.id).channels.map((c) => ('number' in c ? c.number : null));
          expect(own, line.id).toContain(line.contact.number);
        }
      }
    },
  );
});
