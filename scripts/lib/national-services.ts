/**
 * The services of the synthetic national document (national-document.ts): each town gets these,
 * named "<name> <town>". Names and words only; no phone number, address or opening time is claimed.
 */
import type { Resource } from '../../data/schema.ts';
import type { ThemeId } from '../../data/themes.ts';

export interface Service {
  name: string;
  kind: Resource['kind'];
  serves: Partial<Record<ThemeId, number>>;
  words: string[];
  /** Who runs it: region, municipality or an association */
  runBy: 'region' | 'kommun' | 'förening';
}

/** The services a town has; each becomes "<name> <town>" (or, with bareNames, just the name). */
export const SERVICES: Service[] = [
  {
    name: 'Ungdomsmottagningen',
    kind: 'support-service',
    serves: { 'egen-sexualitet': 0.8, 'sex-mot-ersattning': 0.6, hbtqi: 0.5 },
    words: ['UMO', 'preventivmedel', 'STI', 'kurator', 'barnmorska'],
    runBy: 'region',
  },
  {
    name: 'Kvinnojouren',
    kind: 'support-service',
    serves: { 'vald-nara-relation': 0.9, 'sexuellt-vald': 0.7, hedersrelaterat: 0.5 },
    words: ['skyddat boende', 'stödsamtal', 'våld i nära relation'],
    runBy: 'förening',
  },
  {
    name: 'Socialjouren',
    kind: 'support-service',
    serves: { 'akut-fara': 0.4, 'barn-sexuell-exploatering': 0.7, 'vald-nara-relation': 0.6 },
    words: ['socialtjänst', 'orosanmälan', 'LVU'],
    runBy: 'kommun',
  },
  {
    name: 'Tjejjouren',
    kind: 'chat',
    serves: { 'sexuellt-vald': 0.6, 'sex-mot-ersattning': 0.5 },
    words: ['chatt', 'unga tjejer', 'anonymt'],
    runBy: 'förening',
  },
  {
    name: 'Killfrågor',
    kind: 'chat',
    serves: { 'egen-sexualitet': 0.5, sjalvskada: 0.4 },
    words: ['chatt', 'unga killar'],
    runBy: 'förening',
  },
  {
    name: 'Mottagningen för sexuell hälsa',
    kind: 'support-service',
    serves: { 'egen-sexualitet': 0.7, hbtqi: 0.6 },
    words: ['STI', 'PrEP', 'testning'],
    runBy: 'region',
  },
  {
    name: 'Familjecentralen',
    kind: 'support-service',
    serves: { 'vald-nara-relation': 0.4 },
    words: ['föräldrastöd', 'barnhälsovård'],
    runBy: 'kommun',
  },
  {
    name: 'Brottsofferjouren',
    kind: 'support-service',
    serves: { 'sexuellt-vald': 0.6, 'vald-nara-relation': 0.6 },
    words: ['brottsoffer', 'polisanmälan', 'stödperson'],
    runBy: 'förening',
  },
  {
    name: 'Mansmottagningen',
    kind: 'support-service',
    serves: { 'vald-nara-relation': 0.6, sexkop: 0.5 },
    words: ['män som utövar våld', 'behandling'],
    runBy: 'kommun',
  },
  {
    name: 'Beroendemottagningen',
    kind: 'support-service',
    serves: { sjalvskada: 0.4 },
    words: ['missbruk', 'beroende', 'alkohol'],
    runBy: 'region',
  },
  {
    name: 'Stödcentrum för unga brottsutsatta',
    kind: 'support-service',
    serves: { 'sexuellt-vald': 0.5, 'barn-sexuell-exploatering': 0.5 },
    words: ['unga', 'brottsutsatta'],
    runBy: 'kommun',
  },
  {
    name: 'Hedersförtryck stödlinjen',
    kind: 'helpline',
    serves: { hedersrelaterat: 0.9 },
    words: ['hedersrelaterat våld', 'tvångsäktenskap'],
    runBy: 'förening',
  },
  {
    name: 'Barn- och ungdomspsykiatrin',
    kind: 'support-service',
    serves: { sjalvskada: 0.7 },
    words: ['BUP', 'psykiatri', 'unga'],
    runBy: 'region',
  },
  {
    name: 'Vuxenpsykiatrins akutmottagning',
    kind: 'support-service',
    serves: { sjalvskada: 0.8, 'akut-fara': 0.5 },
    words: ['psykiatrisk akut', 'kris'],
    runBy: 'region',
  },
  {
    name: 'Kriscentrum',
    kind: 'support-service',
    serves: { 'vald-nara-relation': 0.5, 'akut-fara': 0.3 },
    words: ['krisstöd', 'samtal'],
    runBy: 'kommun',
  },
  {
    name: 'Mikamottagningen',
    kind: 'support-service',
    serves: { 'sex-mot-ersattning': 0.9, manniskohandel: 0.6 },
    words: ['sex mot ersättning', 'prostitution', 'SMOE'],
    runBy: 'kommun',
  },
  {
    name: 'Regionkoordinator mot människohandel',
    kind: 'regional-contact',
    serves: { manniskohandel: 0.9, 'sex-mot-ersattning': 0.5 },
    words: ['NMT', 'trafficking', 'exploatering'],
    runBy: 'kommun',
  },
  {
    name: 'Barnahus',
    kind: 'support-service',
    serves: { 'barn-sexuell-exploatering': 0.9, 'sexuellt-vald': 0.6 },
    words: ['barn', 'samverkan', 'förhör'],
    runBy: 'region',
  },
  {
    name: 'Våld i nära relation – utbildning',
    kind: 'training',
    serves: { 'vald-nara-relation': 0.5 },
    words: ['utbildning', 'personal', 'kompetens'],
    runBy: 'region',
  },
  {
    name: 'Hbtqi-mottagningen',
    kind: 'support-service',
    serves: { hbtqi: 0.9 },
    words: ['hbtqi', 'transperson', 'stödsamtal'],
    runBy: 'förening',
  },
];
