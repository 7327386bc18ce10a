/**
 * Contacts before trainings when the match is as good (issue 13): a training, report, information
 * page or material ranks below a contact found in the same or the next field, unless the query
 * names it (every word in its name). Data prepared before kinds were stored ranks as before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Resource, ResourceSchema } from '../../../data/schema.ts';
import synonymsJson from '../../../data/synonyms.json' with { type: 'json' };
import { parseSynonyms } from '../../../lib/catalogue/synonyms.ts';
import { createSearcher, prepareSearchData } from '../../../lib/search/index.ts';
import { READING_KINDS } from '../../../lib/search/score.ts';
import { resource } from './fixtures.ts';

const course = (id: string, name: string, keywords: string[] = []): Resource => ({
  ...resource(id, name, 'Webbutbildning för personal', { keywords }),
  kind: 'training',
  format: 'web',
  duration: 'unknown',
  audience: ['staff'],
});

const SMALL: Resource[] = [
  course('a-course', 'Människohandel – webbutbildning'),
  resource('b-line', 'Stödtelefonen', 'Råd till personal', { keywords: ['människohandel'] }),
  resource('c-named', 'Människohandel i Norden', 'Samtal'),
];

describe('contacts before trainings', () => {
  const searcher = createSearcher(prepareSearchData(SMALL));
  const ids = (q: string) => searcher.search(q).map((h) => h.id);

  it('puts a contact named by the word before a course named by it', () => {
    expect(ids('människohandel')).toEqual(['c-named', 'b-line', 'a-course']);
  });

  it('puts a contact with the word as a keyword before a course with it in its name', () => {
    expect(ids('manniskohandel').indexOf('b-line')).toBeLessThan(ids('manniskohandel').indexOf('a-course'));
  });

  it('finds the course first when the query names it', () => {
    expect(ids('människohandel webbutbildning')[0]).toBe('a-course');
    expect(ids('webbutbildning')[0]).toBe('a-course');
  });

  it('ranks data prepared before kinds were stored by the match alone', () => {
    const { kinds: _, ...older } = prepareSearchData(SMALL);
    const old = createSearcher(older);
    expect(old.search('människohandel').map((h) => h.id)[0]).toBe('a-course');
  });
});

describe('contacts before trainings in the shipped catalogue', () => {
  const DIR = join(import.meta.dirname, '../../../data/resources');
  const resources = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ResourceSchema.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8'))));
  const kindOf = new Map(resources.map((r) => [r.id, r.kind]));
  const searcher = createSearcher(prepareSearchData(resources), parseSynonyms(synonymsJson));

  it.each(['trafficking', 'människohandel', 'manniskohandel', 'sex mot ersättning'])(
    '%j: no training or report first, and the staff line above every course',
    (query) => {
      const hits = searcher.search(query).map((h) => h.id);
      expect(READING_KINDS.has(kindOf.get(hits[0] ?? '') ?? '')).toBe(false);
      const firstReading = hits.findIndex((id) => READING_KINDS.has(kindOf.get(id) ?? ''));
      expect(hits.indexOf('nmt-stodtelefon')).toBeGreaterThanOrEqual(0);
      expect(hits.indexOf('nmt-stodtelefon')).toBeLessThan(firstReading);
    },
  );

  it('"prostitution": a contact first (the staff line is found only through a synonym, a weaker match)', () => {
    const hits = searcher.search('prostitution').map((h) => h.id);
    expect(hits[0]).toBe('nmt-regionkoordinator-vast');
  });
});
