import { describe, expect, it } from 'vitest';
import {
  buildSuggestions,
  describe as describeResource,
  escapeXml,
  type OmniboxResource,
  parseOmniboxInput,
} from '../../lib/quick-search/omnibox.ts';
import type { SearchHit } from '../../lib/search/types.ts';

const RESOURCES: OmniboxResource[] = [
  {
    id: 'kvinnofridslinjen',
    name: 'Kvinnofridslinjen',
    organisation: 'Nationellt centrum för kvinnofrid',
    phone: '020-50 50 50',
  },
  { id: 'tricky', name: 'A & B <script>"x"</script> \'y\'', organisation: 'R&D <Org>', phone: null },
  { id: 'ctrl', name: 'Line\nbreak\u0000', organisation: 'Org', phone: null },
];
const byId = (id: string) => RESOURCES.find((r) => r.id === id);
const hit = (id: string, score = 1): SearchHit => ({ id, score, field: 'name' });

/** A description Chrome accepts must parse as XML inside a root element. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const re = /<\/?([a-z]+)>|&(amp|lt|gt|quot|apos);|[<>&]/g;
  for (const m of xml.matchAll(re)) {
    if (m[0] === '<' || m[0] === '>' || m[0] === '&') return false;
    if (!m[1]) continue;
    if (m[0].startsWith('</')) {
      if (stack.pop() !== m[1]) return false;
    } else stack.push(m[1]);
  }
  return stack.length === 0;
}

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &apos;');
  });
  it('escapes an ampersand once, not twice', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
  it('leaves Swedish text alone', () => {
    expect(escapeXml('Stödlinjen för män – ”hjälp”')).toBe('Stödlinjen för män – ”hjälp”');
  });
});

describe('buildSuggestions', () => {
  it('keeps the hits order and shows name, organisation and phone', () => {
    const out = buildSuggestions([hit('kvinnofridslinjen'), hit('tricky')], byId, { markup: true });
    expect(out.map((s) => s.content)).toEqual([
      'Kvinnofridslinjen [kvinnofridslinjen]',
      expect.stringMatching(/\[tricky\]$/),
    ]);
    expect(out[0]?.description).toBe(
      '<match>Kvinnofridslinjen</match><dim> · Nationellt centrum för kvinnofrid · 020-50 50 50</dim>',
    );
  });
  it('escapes markup in names and organisations so the XML stays well-formed', () => {
    const [s] = buildSuggestions([hit('tricky')], byId, { markup: true });
    expect(s?.description).toContain('A &amp; B &lt;script&gt;&quot;x&quot;&lt;/script&gt; &apos;y&apos;');
    expect(s?.description).toContain('R&amp;D &lt;Org&gt;');
    expect(wellFormed(s?.description ?? '<')).toBe(true);
  });
  it('writes plain text without markup for Firefox', () => {
    const [s] = buildSuggestions([hit('tricky')], byId, { markup: false });
    expect(s?.description).toBe('A & B <script>"x"</script> \'y\' · R&D <Org>');
  });
  it('removes control characters', () => {
    const [s] = buildSuggestions([hit('ctrl')], byId, { markup: true });
    expect(s?.description).toBe('<match>Line break</match><dim> · Org</dim>');
    expect(s?.content).toBe('Line break [ctrl]');
  });
  it('skips unknown and repeated ids and stops at the limit', () => {
    const hits = [hit('gone'), hit('tricky'), hit('tricky'), hit('kvinnofridslinjen'), hit('ctrl')];
    expect(buildSuggestions(hits, byId, { markup: true, limit: 2 }).map((s) => s.content)).toEqual([
      expect.stringMatching(/\[tricky\]$/),
      'Kvinnofridslinjen [kvinnofridslinjen]',
    ]);
    expect(buildSuggestions([], byId, { markup: true })).toEqual([]);
  });
  it('gives every suggestion a distinct content (Chrome drops duplicates)', () => {
    const twins = [
      { id: 'a', name: 'Same', organisation: 'X', phone: null },
      { id: 'b', name: 'Same', organisation: 'Y', phone: null },
    ];
    const out = buildSuggestions([hit('a'), hit('b')], (id) => twins.find((r) => r.id === id), {
      markup: true,
    });
    expect(new Set(out.map((s) => s.content)).size).toBe(2);
  });
});

describe('parseOmniboxInput', () => {
  const known = (id: string) => RESOURCES.some((r) => r.id === id);
  it('reads a chosen suggestion back to its resource', () => {
    const [s] = buildSuggestions([hit('kvinnofridslinjen')], byId, { markup: true });
    expect(parseOmniboxInput(s?.content ?? '', known)).toEqual({ kind: 'resource', id: 'kvinnofridslinjen' });
  });
  it('takes a bare known id as the resource', () => {
    expect(parseOmniboxInput('  tricky ', known)).toEqual({ kind: 'resource', id: 'tricky' });
  });
  it('searches for typed text and for a tag naming no known resource', () => {
    expect(parseOmniboxInput('kvinnofrid', known)).toEqual({ kind: 'query', query: 'kvinnofrid' });
    expect(parseOmniboxInput('Något [okänd]', known)).toEqual({ kind: 'query', query: 'Något [okänd]' });
  });
  it('returns nothing for empty input and caps long queries', () => {
    expect(parseOmniboxInput('   ', known)).toBeNull();
    const long = parseOmniboxInput('x'.repeat(500), known);
    expect(long?.kind === 'query' && long.query.length).toBe(200);
  });
  it('describes without a phone when none is known', () => {
    expect(describeResource({ id: 'x', name: 'N1', organisation: 'N1', phone: null }, true)).toBe(
      '<match>N1</match>',
    );
  });
});
