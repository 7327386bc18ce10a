import { describe, expect, it } from 'vitest';
import {
  canHandOut,
  handoutPolicyOf,
  handoutQuery,
  parseHandoutQuery,
} from '../../../lib/handout/request.ts';

describe("the handout page's address", () => {
  it('carries a resource id and the language, and nothing else is read from it', () => {
    const query = handoutQuery({ chosenId: 'kvinnofridslinjen', locale: 'en', print: true });
    expect(query).toBe('?id=kvinnofridslinjen&lang=en&print=1');
    expect(parseHandoutQuery(query)).toEqual({ chosenId: 'kvinnofridslinjen', locale: 'en', print: true });
    expect(parseHandoutQuery('?id=bris&text=Hon+har+s%C3%A5lt+sex')).toEqual({
      chosenId: 'bris',
      locale: 'sv',
      print: false,
    });
  });

  it('an id that is not an id counts as unknown; no id means none chosen; any other language is Swedish', () => {
    expect(parseHandoutQuery('?id=<img src=x>').chosenId).toBe('');
    expect(parseHandoutQuery('?id=').chosenId).toBe('');
    expect(parseHandoutQuery('').chosenId).toBeNull();
    expect(parseHandoutQuery('?id=bris&lang=de').locale).toBe('sv');
    expect(handoutQuery({ chosenId: null, locale: 'sv' })).toBe('?lang=sv');
  });

  it('is offered for what a patient or a relative may contact, not for staff lines or guidance', () => {
    expect(canHandOut({ kind: 'helpline', audience: ['patient'] })).toBe(true);
    expect(canHandOut({ kind: 'support-service', audience: ['relatives', 'staff'] })).toBe(true);
    expect(canHandOut({ kind: 'helpline', audience: ['staff'] })).toBe(false);
    expect(canHandOut({ kind: 'guidance', audience: ['patient'] })).toBe(false);
  });
});

describe('the handout policy, read leniently from managed storage', () => {
  it('keeps the good ids in order and drops the rest; no key: not set', () => {
    expect(handoutPolicyOf({ handoutLines: ['sos-112', 7, 'Bad Id', 'vardguiden-1177'] })).toEqual({
      lines: ['sos-112', 'vardguiden-1177'],
      disabledFeatures: [],
    });
    expect(handoutPolicyOf({})).toEqual({ lines: undefined, disabledFeatures: [] });
    expect(handoutPolicyOf({ handoutLines: 'sos-112' }).lines).toBeUndefined();
    expect(handoutPolicyOf({ handoutLines: [] }).lines).toEqual([]);
  });

  it('reads the features switched off, known ones only', () => {
    expect(handoutPolicyOf({ disabledFeatures: ['handout', 'teleport', 'qrCode'] }).disabledFeatures).toEqual(
      ['qrCode', 'handout'],
    );
  });
});
