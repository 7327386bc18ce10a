import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../entrypoints/context.content/report.ts';
import { compileMatcher, emptyPatient, type ScanResult } from '../../../lib/matcher/index.ts';
import { MAX_NAMED } from '../../../lib/page/page-context.ts';
import { NO_PATIENT } from '../../../lib/rank/patient.ts';
import { readVocabulary } from './vocabulary.ts';

const matcher = compileMatcher(readVocabulary(), { year: 2026 });

describe('the report the page reader sends (page:hits)', () => {
  const total = matcher.scan(
    'Kvinna, 34 år, behöver tolk på arabiska. Hon har sålt sex.\n\nHänvisad till Terrafem.',
  );

  it('carries hits, named resources and the summarised patient, and nothing else', () => {
    const report = reportOf(total, null, true);
    expect(Object.keys(report).sort()).toEqual(['age', 'hits', 'named', 'patient']);
    expect(report.hits).toEqual(total.hits);
    expect(report.named).toEqual([{ id: 'terrafem', count: 1, negated: 0 }]);
    expect(report.patient).toEqual({
      age: 34,
      otherAge: null,
      otherGender: null,
      gender: 'woman',
      interpreter: true,
      languages: ['ar'],
      children: false,
    });
  });

  it('sends the empty patient when the user switched the note values off; the personnummer age stays', () => {
    const report = reportOf(total, 16, false);
    expect(report.patient).toEqual(NO_PATIENT);
    expect(report.age).toBe(16);
    expect(report.hits).toEqual(total.hits);
  });

  it('copies only the known fields, drops over-long words and caps the named resources', () => {
    const odd = {
      hits: [
        {
          ...(total.hits[0] as ScanResult['hits'][number]),
          words: ['sålt sex', 'x'.repeat(61)],
          text: 'Hon har sålt sex.',
        },
      ],
      named: Array.from({ length: MAX_NAMED + 5 }, (_, i) => ({ id: `r${i}`, count: 1, negated: 0, at: 3 })),
      patient: { ...emptyPatient(), note: 'Anna' },
    } as unknown as ScanResult;
    const report = reportOf(odd, null, true);
    expect(report.hits[0]?.words).toEqual(['sålt sex']);
    expect(report.hits[0]).not.toHaveProperty('text');
    expect(report.named).toHaveLength(MAX_NAMED);
    expect(report.named[0]).toEqual({ id: 'r0', count: 1, negated: 0 });
    expect(report.patient).toEqual(NO_PATIENT);
  });

  it('carries the need beside who a person is (hbtqi), a count only', () => {
    const scan = matcher.scan('Man 40 år, har kommit ut som bisexuell. Ångest, vill prata med andra.');
    const report = reportOf(scan, null, true);
    expect(report.hits.find((h) => h.theme === 'hbtqi')).toMatchObject({ need: 2 });
    expect(report.hits).toEqual(scan.hits);
  });

  it('reports nothing found before the first scan', () => {
    expect(reportOf(null, null, true)).toEqual({ hits: [], named: [], patient: NO_PATIENT, age: null });
  });
});
