/** Small hand-made resources for unit tests of the engine (the quality test uses the real catalogue). */
import type { Resource } from '../../../data/schema.ts';

type Extra = Partial<Pick<Resource, 'keywords' | 'serves' | 'description' | 'organisation'>>;

export function resource(
  id: string,
  name: string,
  purpose: string,
  extra: Extra = {},
  phone?: string,
): Resource {
  return {
    kind: 'helpline',
    id,
    name,
    organisation: extra.organisation ?? 'Testorganisation',
    purpose,
    ...(extra.description === undefined ? {} : { description: extra.description }),
    audience: ['patient'],
    eligibility: { age: 'unknown', gender: 'unknown', hbtqi: 'unknown' },
    channels: phone === undefined ? [] : [{ type: 'phone', number: phone, hours: 'unknown' }],
    anonymity: 'unknown',
    cost: 'unknown',
    languages: 'unknown',
    coverage: 'unknown',
    serves: extra.serves ?? {},
    aliases: [],
    keywords: extra.keywords ?? [],
    sources: [{ url: 'https://example.org/', label: 'Test' }],
    verified: '2025-03-01',
  };
}

export const FIXTURES: Resource[] = [
  resource(
    'kvinnofridslinjen',
    'Kvinnofridslinjen',
    'Stödtelefon för kvinnor som utsatts för våld',
    {
      organisation: 'Nationellt centrum för kvinnofrid',
      serves: { 'sexuellt-vald': 1 },
    },
    '020-50 50 50',
  ),
  resource(
    'nmt-stodtelefon',
    'Nationellt metodstödsteam – stödtelefon',
    'Stöd till yrkesverksamma om prostitution och människohandel',
    {
      organisation: 'Jämställdhetsmyndigheten',
      serves: { manniskohandel: 1, 'sex-mot-ersattning': 0.8 },
    },
    '020-390 000',
  ),
  resource(
    'ungdomsmottagningar-halland',
    'Ungdomsmottagningar i Halland',
    'Samtal och stöd för unga om sex och relationer',
    {
      organisation: 'Region Halland',
      serves: { 'barn-sexuell-exploatering': 1 },
    },
  ),
  resource('tagged', 'Rådgivning för personal', 'Råd om hur man ställer frågor om våld', {
    keywords: ['mottagning', 'trafficking'],
  }),
  resource('described', 'Kunskapsbank', 'Texter för yrkesverksamma inom vården', {
    description: 'Om mottagning av patienter och om människohandel.',
  }),
  resource('pegasus', 'Pegasuschatten', 'Anonym chatt för unga hbtq-personer om sex mot ersättning', {
    organisation: 'RFSL Ungdom',
    keywords: ['hbtq', 'SMOE'],
    serves: { 'sex-mot-ersattning': 1, hbtqi: 0.6 },
  }),
];
