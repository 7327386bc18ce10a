import { describe, expect, it } from 'vitest';
import type { Channel } from '../../data/schema.ts';
import { primaryAction, qrTarget } from '../../lib/resource/primary-action.ts';
import { isStale } from '../../lib/resource/verified.ts';

const phone: Channel = { type: 'phone', number: '116 111', hours: 'unknown' };
const unknownPhone: Channel = { type: 'phone', number: 'unknown', hours: 'unknown' };
const chat: Channel = { type: 'chat', url: 'https://example.org/chatt', hours: 'unknown' };
const unknownChat: Channel = { type: 'chat', url: 'unknown', hours: 'unknown' };
const web: Channel = { type: 'web', url: 'https://example.org/' };
const email: Channel = { type: 'email', address: 'info@example.org' };

describe('primaryAction', () => {
  it('copies the first known phone number', () => {
    expect(primaryAction({ channels: [unknownPhone, web, phone] })).toEqual({
      kind: 'copy',
      text: '116 111',
    });
  });
  it('opens the chat when there is no number, and only offers the web site without either', () => {
    expect(primaryAction({ channels: [web, chat] })).toEqual({
      kind: 'open',
      url: 'https://example.org/chatt',
    });
    expect(primaryAction({ channels: [unknownPhone, unknownChat, web] })).toEqual({
      kind: 'offer',
      url: 'https://example.org/',
    });
  });
  it('does nothing rather than guess', () => {
    expect(primaryAction({ channels: [unknownPhone, unknownChat, email] })).toBeNull();
    expect(primaryAction({ channels: [] })).toBeNull();
  });
});

describe('qrTarget', () => {
  it('prefers a link the patient can open, then a tel: link', () => {
    expect(qrTarget({ channels: [phone, web] })).toBe('https://example.org/');
    expect(qrTarget({ channels: [phone] })).toBe('tel:116111');
    expect(qrTarget({ channels: [unknownPhone, email] })).toBeNull();
  });
});

describe('isStale', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  it('warns only after more than twelve months', () => {
    expect(isStale('2025-11-28', now)).toBe(false);
    expect(isStale('2025-11-27', now)).toBe(true);
    expect(isStale('2026-11-28', now)).toBe(false);
  });
  it('treats a malformed date as stale', () => {
    expect(isStale('28/11/2026', now)).toBe(true);
  });
});
