import { describe, expect, it } from 'vitest';
import { isAfter, phoneGroupingProblem, todayInStockholm } from './checks.ts';

describe('hygiene checks', () => {
  it.each([['020-390 000'], ['020-50 50 50'], ['116 111'], ['114 14'], ['112'], ['08-123 130 80']])(
    'accepts %s',
    (number) => {
      expect(phoneGroupingProblem(number)).toBeNull();
    },
  );

  it.each([
    ['0205050 50x', 'does not match the display pattern'],
    ['020-50 505 0', 'does not match the display pattern'],
    ['020-50 50 500', 'digit groups grow from left to right'],
    ['20-50 50 50', 'an area code starts with 0'],
    ['020 50 50', 'a number starting with 0 needs its area code hyphen'],
    ['0123-456 789 012', 'has 13 digits (expected 3–10)'],
  ])('rejects %s', (number, problem) => {
    expect(phoneGroupingProblem(number)).toBe(problem);
  });

  it('dates "today" in Stockholm, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Sweden.
    expect(todayInStockholm(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(isAfter('2027-01-02', '2027-01-01')).toBe(true);
    expect(isAfter('2027-01-01', '2027-01-01')).toBe(false);
  });
});
