import { describe, expect, it } from 'vitest';
import { dialDigits, telHref } from '../../lib/resource/phone.ts';

describe('telHref', () => {
  it.each([
    ['020-50 50 50', 'tel:+4620505050'],
    ['020-39 00 00', 'tel:+4620390000'],
    ['08-123 45 67', 'tel:+4681234567'],
    ['0771-22 00 60', 'tel:+46771220060'],
  ])('turns the area-code number %s into the international %s', (display, href) => {
    expect(telHref(display)).toBe(href);
  });

  it.each([
    ['112', 'tel:112'],
    ['1177', 'tel:1177'],
    ['114 14', 'tel:11414'],
    ['116 111', 'tel:116111'],
  ])('keeps the short number %s as it is', (display, href) => {
    expect(telHref(display)).toBe(href);
  });

  it('keeps an international number international', () => {
    expect(telHref('+46 20 50 50 50')).toBe('tel:+4620505050');
    expect(telHref('0046 20 50 50 50')).toBe('tel:+4620505050');
  });

  it('gives no link for text without digits', () => {
    expect(telHref('')).toBeNull();
    expect(telHref('unknown')).toBeNull();
  });

  it('dialDigits drops everything but digits', () => {
    expect(dialDigits('020-50 50 50')).toBe('020505050');
  });
});
