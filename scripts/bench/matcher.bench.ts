/**
 * Matcher throughput on generated journal-like Swedish text, against a per-term indexOf loop and a
 * single alternation RegExp over the same base terms (which find no inflections, compounds or
 * negation). "Two-byte" text contains "–"/"→", which makes V8 store it as UTF-16.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Theme, ThemeSchema } from '../../data/vocabulary-schema.ts';
import { compileMatcher } from '../../lib/matcher/index.ts';
import type { BenchSection } from './types.ts';

const VOCAB_DIR = join(import.meta.dirname, '../../data/vocabulary');

function loadThemes(): Theme[] {
  return readdirSync(VOCAB_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ThemeSchema.parse(JSON.parse(readFileSync(join(VOCAB_DIR, f), 'utf8'))));
}

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Invented journal sentences; two are false-positive traps (staff escort, sexual health). */
const SENTENCES = [
  'Patienten söker för buksmärta sedan tre dagar, afebril och opåverkad.',
  'Status: cor regelbunden rytm, inga blåsljud. Pulm vesikulärt andningsljud bilateralt.',
  'Bedömning: sannolikt gastrit, ordineras protonpumpshämmare i fyra veckor.',
  'Återbesök vid försämring eller feber. Mamma med på besöket.',
  'Röker ej, alkohol sparsamt enligt AUDIT. Sover dåligt sedan någon månad.',
  'Stukad fotled efter fotbollsträning, svullnad lateralt, röntgen utan fraktur.',
  'Kontakt med kurator bokas till nästa vecka. Provtagning: CRP, blodstatus, elektrolyter.',
  'Uppger stress i skolan och på arbetet, önskar samtalskontakt.',
  'Läkemedelslista genomgången och uppdaterad tillsammans med patienten.',
  'Sexuell hälsa: preventivmedel diskuterat, önskar p-piller, klamydiatest taget.',
  'Blodtryck 128/82, puls 72, saturation 98 procent på luft.',
  'Remiss skickad till ortopedmottagningen för vidare bedömning.',
  'Vaccinationsstatus enligt barnvaccinationsprogrammet, inga anmärkningar.',
  'Patienten informerad om provsvar per telefon, inga frågor.',
  'Hereditet för diabetes typ 2 på fars sida, ingen känd hjärtsjukdom.',
  'Nutrition: äter tre mål om dagen, vikt stabil sedan förra besöket.',
  'Smärtskattning VAS 4 i vila och 7 vid belastning.',
  'Planering: uppföljning hos distriktssköterska om två veckor.',
  'Eskort till röntgen med undersköterska.',
  'Tolk via telefon användes under hela samtalet.',
];
const TRIGGERS = [
  'sex mot ersättning',
  'sexköpslagen',
  'människohandelsbrott',
  'hbtq-personer',
  'prostitutionen',
  'förnekar sex mot ersättning',
  'sugardejting',
  'manniskohandel',
  'grooming',
  'våldtäkten',
  'orosanmälan',
  'sexuellt våld',
  'nakenbilder',
  'eskortsajt',
  'transpersonen',
];

/** About one trigger per 17 KB, as in the reference measurements (300 terms in 5 MB). */
function journalText(bytes: number, twoByte: boolean, seed: number): string {
  const next = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const trigger =
      next() < 0.004 ? `Frågat om ${TRIGGERS[Math.floor(next() * TRIGGERS.length)] ?? ''}. ` : '';
    const sentence = SENTENCES[Math.floor(next() * SENTENCES.length)] ?? '';
    const sep = twoByte && next() < 0.1 ? (next() < 0.5 ? ' – ' : ' → ') : '\n';
    parts.push(trigger, sentence, sep);
    size += trigger.length + sentence.length + sep.length;
  }
  return parts.join('');
}

function time(fn: () => number, runs: number): { median: number; p95: number; result: number } {
  const times: number[] = [];
  let result = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), result };
}

export default async function run(): Promise<BenchSection> {
  const themes = loadThemes();
  const matcher = compileMatcher(themes);
  const base = [...new Set(themes.flatMap((t) => t.terms.map((x) => x.term.toLowerCase())))];
  const escaped = [...base]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const alternation = new RegExp(escaped.join('|'), 'gi');

  const methods: [string, (text: string) => number][] = [
    ['Hänvisa matcher', (text) => matcher.scan(text).hits.reduce((n, h) => n + h.count, 0)],
    ['single alternation RegExp /gi', (text) => text.match(new RegExp(alternation))?.length ?? 0],
    [
      'indexOf per term (after toLowerCase)',
      (text) => {
        const lower = text.toLowerCase();
        let n = 0;
        for (const term of base) {
          for (let i = lower.indexOf(term); i !== -1; i = lower.indexOf(term, i + term.length)) n++;
        }
        return n;
      },
    ],
  ];

  const rows: (string | number)[][] = [];
  const data: Record<string, unknown>[] = [];
  for (const mb of [1, 5]) {
    for (const twoByte of [false, true]) {
      const text = journalText(mb * 1_000_000, twoByte, 42 + mb);
      const runs = mb === 1 ? 7 : 5;
      const results = methods.map(([name, fn]) => ({ name, ...time(() => fn(text), runs) }));
      const regexMedian = results[1]?.median ?? 1;
      for (const r of results) {
        const mbps = text.length / 1e6 / (r.median / 1000);
        const label = `${mb} MB ${twoByte ? 'two-byte' : 'one-byte'}`;
        rows.push([
          label,
          r.name,
          r.median.toFixed(1),
          r.p95.toFixed(1),
          mbps.toFixed(0),
          (r.median / regexMedian).toFixed(2),
          r.result,
        ]);
        data.push({
          size: mb,
          twoByte,
          method: r.name,
          medianMs: r.median,
          p95Ms: r.p95,
          mbPerS: mbps,
          hits: r.result,
        });
      }
    }
  }
  return {
    title: 'Page matcher throughput (node)',
    columns: ['text', 'method', 'median ms', 'p95 ms', 'M chars/s', '× RegExp time', 'hits'],
    rows,
    notes: [
      `${themes.length} themes, ${base.length} base terms; about one trigger per 17 KB of text.`,
      'Only the matcher handles inflections, compounds, text without å/ä/ö, word boundaries, context rules and negation;',
      'the RegExp and indexOf columns count raw substring hits (also inside unrelated words).',
    ],
    data,
  };
}
