import { describe, expect, it } from 'vitest';
import {
  hostAccessFromEnv,
  MAX_HOSTS,
  parseHostAccess,
  splitHostList,
} from '../../../lib/policy/host-access.ts';

describe('parseHostAccess', () => {
  it('turns the hosts an administrator writes into sorted, unique match patterns', () => {
    expect(
      parseHostAccess([
        'journal.example.se',
        'https://Journal.Example.se/',
        '*.intranet.example.se',
        'journal.example.se:8443',
        '127.0.0.1',
      ]),
    ).toEqual({
      ok: true,
      patterns: [
        '*://*.intranet.example.se/*',
        '*://127.0.0.1/*',
        '*://journal.example.se/*',
        'https://journal.example.se/*',
      ],
    });
  });

  it.each([
    ['*', 'not a host'],
    ['<all_urls>', 'not a host'],
    ['*://*/*', 'not a host'],
    ['https://journal.example.se/patients/*', 'not a host'],
    ['file:///etc/passwd', 'not a host'],
    ['*.se', 'at least two labels'],
    ['*.localhost', 'at least two labels'],
  ])('refuses %s and says why', (item, reason) => {
    const parsed = parseHostAccess(['journal.example.se', item]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toHaveLength(1);
      expect(parsed.errors[0]).toContain(`"${item}"`);
      expect(parsed.errors[0]).toContain(reason);
    }
  });

  it('refuses an empty list and an absurdly long one', () => {
    expect(parseHostAccess([])).toMatchObject({ ok: false, errors: [expect.stringContaining('no hosts')] });
    const many = Array.from({ length: MAX_HOSTS + 1 }, (_, i) => `h${i}.example.se`);
    expect(parseHostAccess(many)).toMatchObject({ ok: false, errors: [expect.stringContaining('at most')] });
  });

  it('reports every bad item, not only the first', () => {
    const parsed = parseHostAccess(['*', 'ok.example.se', '*.se']);
    expect(parsed.ok ? [] : parsed.errors).toHaveLength(2);
  });
});

describe('splitHostList', () => {
  it('splits on commas, spaces and new lines and drops empty items', () => {
    expect(splitHostList(' a.se, *.b.se\n\nc.se ,, ')).toEqual(['a.se', '*.b.se', 'c.se']);
    expect(splitHostList('')).toEqual([]);
  });
});

describe('hostAccessFromEnv', () => {
  it('gives no host access without the variable: the store build', () => {
    expect(hostAccessFromEnv(undefined)).toEqual([]);
    expect(hostAccessFromEnv('  ')).toEqual([]);
  });
  it('gives the patterns of a valid list', () => {
    expect(hostAccessFromEnv('journal.example.se,127.0.0.1')).toEqual([
      '*://127.0.0.1/*',
      '*://journal.example.se/*',
    ]);
  });
  it('fails the build on a bad list instead of building something else', () => {
    expect(() => hostAccessFromEnv('journal.example.se,*')).toThrow(
      /HANVISA_HOST_ACCESS is not valid:\n.*"\*"/,
    );
  });
});
