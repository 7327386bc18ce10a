/**
 * Search quality on the real shipped catalogue (data/resources/*.json): what staff type,
 * and the resource they expect in the top 1 or top 3.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Resource, ResourceSchema } from '../../../data/schema.ts';
import synonymsJson from '../../../data/synonyms.json' with { type: 'json' };
import { parseSynonyms } from '../../../lib/catalogue/synonyms.ts';
import { createSearcher, prepareSearchData } from '../../../lib/search/index.ts';

const DIR = join(import.meta.dirname, '../../../data/resources');
const resources: Resource[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ResourceSchema.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8'))));
const searcher = createSearcher(prepareSearchData(resources), parseSynonyms(synonymsJson));

type Case = [query: string, id: string, top: 1 | 3, why: string];
const CASES: Case[] = [
  ['kvinofrid', 'kvinnofridslinjen', 1, 'typo'],
  ['kvinnofridslinjne', 'kvinnofridslinjen', 1, 'typo: swapped letters'],
  ['kvinnofridlinjen', 'kvinnofridslinjen', 1, 'typo: missing letter'],
  ['pegasuchatten', 'pegasuschatten', 1, 'typo'],
  ['preventel', 'preventell', 1, 'typo + prefix'],
  ['terafem', 'terrafem', 1, 'typo'],
  ['ungdomsmotagning', 'ungdomsmottagningar-halland', 3, 'typo'],
  ['jourhavande medmaniska', 'jourhavande-medmanniska', 1, 'typo, no diacritics'],
  ['manniskohandel med barn', 'manniskohandel-barn-och-unga-utbildning', 1, 'no diacritics'],
  ['stodlinjen for man', 'stodlinjen-for-man', 1, 'no diacritics'],
  ['stodlinjen for transpersoner', 'stodlinjen-for-transpersoner', 1, 'no diacritics'],
  ['ecpat vuxenstod', 'ecpat-vuxenstod', 1, 'no diacritics'],
  ['vardguiden', 'vardguiden-1177', 1, 'no diacritics'],
  ['ingen horde ropen', 'rapport-ingen-horde-ropen', 1, 'no diacritics'],
  ['KVINNOFRIDSLINJEN', 'kvinnofridslinjen', 1, 'upper case'],
  ['kvinn', 'kvinnofridslinjen', 3, 'prefix while typing'],
  ['pegas', 'pegasuschatten', 3, 'prefix while typing'],
  ['barnah', 'barnahus-halland', 1, 'prefix while typing'],
  ['fridslinjen', 'kvinnofridslinjen', 1, 'compound part'],
  ['mottagning', 'ungdomsmottagningar-halland', 3, 'compound part'],
  ['mottagningar', 'mikamottagningar', 3, 'compound part'],
  ['chatten', 'pegasuschatten', 1, 'compound part'],
  ['exploaterat', 'rapport-exploaterat-men-inte-valdsutsatt', 1, 'partial title'],
  ['020505050', 'kvinnofridslinjen', 1, 'phone digits'],
  ['020-50 50 50', 'kvinnofridslinjen', 1, 'phone as printed'],
  ['020390000', 'nmt-stodtelefon', 1, 'phone digits'],
  ['020-39 00 00', 'nmt-stodtelefon', 1, 'phone, other grouping'],
  ['020 390 000', 'nmt-stodtelefon', 1, 'phone, third grouping'],
  ['0203900', 'nmt-stodtelefon', 1, 'phone prefix'],
  ['020 80 80 80', 'stodlinjen-for-man', 1, 'phone'],
  ['0205500', 'stodlinjen-for-transpersoner', 1, 'phone prefix'],
  ['116111', 'bris', 1, 'phone digits'],
  ['116 111', 'bris', 1, 'phone'],
  ['11414', 'polisen-114-14', 1, 'phone digits'],
  ['1177', 'vardguiden-1177', 1, 'phone / name'],
  ['112', 'sos-112', 3, 'phone / name'],
  ['020521010', 'terrafem', 1, 'phone digits'],
  ['NMT', 'nmt-stodtelefon', 3, 'abbreviation'],
  ['nmt region väst', 'nmt-regionkoordinator-vast', 1, 'abbreviation + words'],
  ['nationellt metodstödsteam', 'nmt-stodtelefon', 3, 'long form of NMT'],
  ['SMOE pegasus', 'pegasuschatten', 3, 'abbreviation in keywords'],
  ['smoe socialstyrelsen barn', 'socialstyrelsen-sex-mot-ersattning-barn', 1, 'abbreviation + organisation'],
  ['BRIS', 'bris', 1, 'abbreviation'],
  ['barnens rätt i samhället', 'bris', 1, 'long form of BRIS'],
  ['UMO', 'umo', 1, 'abbreviation'],
  ['KAST', 'kast', 1, 'abbreviation'],
  ['trafficking stödtelefon', 'nmt-stodtelefon', 1, 'English synonym + word'],
  ['trafficking barn', 'manniskohandel-barn-och-unga-utbildning', 3, 'synonym, the staff line first'],
  ['hbtq+', 'rfsl-stodmottagning', 3, 'hbtq spelling'],
  ['hbtqi chatt', 'pegasuschatten', 1, 'theme + channel'],
  ['sex för pengar kvinnofrid', 'kvinnofridslinjen', 1, 'synonym of sex mot ersättning (situation)'],
  ['Jämställdhetsmyndigheten rapport', 'rapport-jamy-2021-23', 1, 'organisation + word'],
  ['RFSL', 'rfsl-stodmottagning', 1, 'organisation'],
  ['RFSL Ungdom', 'pegasuschatten', 3, 'organisation'],
  ['socialstyrelsen', 'vagledning-fraga-om-sex-mot-ersattning', 3, 'organisation'],
  ['socialstyrelsen utbildning', 'socialstyrelsen-sex-mot-ersattning-vuxna', 3, 'organisation + kind'],
  ['karolinska', 'preventell', 1, 'organisation'],
  ['ECPAT', 'ecpat-hotline', 3, 'organisation'],
  ['sex mot ersättning vuxna', 'socialstyrelsen-sex-mot-ersattning-vuxna', 1, 'theme + words'],
  ['människohandel', 'nmt-stodtelefon', 3, 'theme: the line to call before the courses'],
  ['trafficking', 'nmt-stodtelefon', 3, 'English word: the line to call before the courses'],
  ['sexköp', 'kast', 1, 'theme'],
  ['socialjour', 'socialjouren-halland', 1, 'partial name'],
  ['halland ungdomsmottagning', 'ungdomsmottagningar-halland', 1, 'words in another order'],
];

describe(`search quality on the shipped catalogue (${resources.length} resources, ${CASES.length} queries)`, () => {
  it('runs on the real catalogue', () => {
    expect(resources.length).toBeGreaterThanOrEqual(30);
    for (const [, id] of CASES) expect(resources.map((r) => r.id)).toContain(id);
  });

  it.each(CASES)('%j → %s in the top %i (%s)', (query, id, top) => {
    const hits = searcher.search(query, { limit: top }).map((h) => h.id);
    expect(hits).toContain(id);
  });

  it.each([
    ['sex för pengar', 'sex-mot-ersattning'],
    ['trafficking', 'manniskohandel'],
    ['smoe', 'sex-mot-ersattning'],
  ] as const)('%j: the top 3 all serve the situation %s, or are guidance about it', (query, theme) => {
    const hits = searcher.search(query, { limit: 3 });
    expect(hits).toHaveLength(3);
    for (const hit of hits) {
      const r = resources.find((resource) => resource.id === hit.id);
      const about = r?.kind === 'guidance' ? r.situations.includes(theme) : (r?.serves[theme] ?? 0) > 0;
      expect(about, hit.id).toBe(true);
    }
  });
});
