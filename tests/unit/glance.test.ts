import { beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../data/schema.ts';
import type { BundledCatalogue } from '../../lib/catalogue/bundled.ts';
import { channelStatus, primaryChannel, primaryStatus } from '../../lib/resource/glance.ts';
import { byId, realCatalogue } from './catalogue-fixture.ts';

let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});

const phone = (number: string): Channel => ({ type: 'phone', number, hours: 'unknown' });
const web: Channel = { type: 'web', url: 'https://example.org/' };
const chat: Channel = { type: 'chat', url: 'https://example.org/chatt', hours: 'unknown' };

describe('primaryChannel', () => {
  it('prefers a known number, then a known chat, then the web page', () => {
    expect(primaryChannel({ channels: [web, chat, phone('020-50 50 50')] })).toEqual({
      type: 'phone',
      index: 2,
      number: '020-50 50 50',
      href: 'tel:+4620505050',
    });
    expect(primaryChannel({ channels: [web, phone('unknown'), chat] })).toMatchObject({
      type: 'chat',
      index: 2,
    });
    expect(primaryChannel({ channels: [{ ...chat, url: 'unknown' }, web] })).toMatchObject({ type: 'web' });
    expect(primaryChannel({ channels: [phone('unknown')] })).toBeNull();
  });
});

describe('channelStatus', () => {
  it('says when NMT opens in the night, and that it is open in office hours', () => {
    const nmt = byId(catalogue, 'nmt-stodtelefon');
    // Wednesday 2 December 02:52 in Stockholm: the issue saw "se webbplats" here.
    expect(primaryStatus(nmt, catalogue, new Date('2026-12-02T01:52:00Z'))).toEqual({
      state: 'closed',
      text: 'Stängt · öppnar kl. 09:00',
    });
    expect(primaryStatus(nmt, catalogue, new Date('2026-12-05T01:52:00Z'))?.text).toBe(
      'Stängt · öppnar måndag 09:00',
    );
    expect(primaryStatus(nmt, catalogue, new Date('2026-12-01T10:00:00Z'))).toEqual({
      state: 'open',
      text: 'Öppet nu · stänger 16:30',
    });
  });

  it('says unknown hours as unknown, never as closed, and gives a web page no status', () => {
    const terrafem = byId(catalogue, 'terrafem');
    expect(primaryStatus(terrafem, catalogue, new Date('2026-12-02T01:52:00Z'))).toEqual({
      state: 'unknown',
      text: 'Öppettider okända',
    });
    // Past the compiled horizon an always-open line is unknown too.
    const bris = byId(catalogue, 'bris');
    expect(primaryStatus(bris, catalogue, new Date('2040-01-01T00:00:00Z'))?.state).toBe('unknown');
    expect(primaryStatus(bris, catalogue, new Date('2026-12-02T01:52:00Z'))?.state).toBe('open');
    const umo = byId(catalogue, 'umo');
    expect(channelStatus(umo, 0, catalogue, new Date(), 'sv')).toBeNull();
    expect(channelStatus(umo, 9, catalogue, new Date(), 'en')).toBeNull();
  });
});
