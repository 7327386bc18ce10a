/**
 * The ranking's prior (lib/rank/prior.ts): the committed file, the features it reads of a page,
 * what it may move in the ranking, and that training moves what clinicians wanted up.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { RankPriorSchema } from '../../../data/model-schema.ts';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import { SITUATION_MODEL } from '../../../lib/matcher/situation-model.ts';
import { NO_PATIENT, type PageFindings, rankFeatures, rankSuggestions } from '../../../lib/rank/index.ts';
import { ageBand, priorFactors, priorFeatures, type RankPrior } from '../../../lib/rank/prior.ts';
import { RANK_PRIOR } from '../../../lib/rank/ranking-prior.ts';
import { trainPrior } from '../../../scripts/lib/train-prior.ts';
import { PRIOR_FILE, trainedPriorText } from '../../../scripts/train-model.ts';
import { realCatalogue } from '../catalogue-fixture.ts';

let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});

type Hit = PageFindings['hits'][number];
const hit = (theme: Hit['theme'], over: Partial<Hit> = {}): Hit => ({
  theme,
  count: 1,
  negated: 0,
  denied: 0,
  uncertain: 0,
  hypothetical: 0,
  other: 0,
  words: [],
  ...over,
});
const page = (hits: Hit[], patient: Partial<typeof NO_PATIENT> = {}): PageFindings => ({
  hits,
  named: [],
  patient: { ...NO_PATIENT, ...patient },
});
const prior = (resources: RankPrior['resources'], limit = 2): RankPrior => ({
  version: 1,
  trainedOn: 'test',
  limit,
  resources,
});
const rank = (findings: PageFindings, p?: RankPrior) =>
  rankSuggestions(findings, catalogue.resources, catalogue.vocabulary, {
    homeRegion: '13',
    ...(p ? { prior: p } : {}),
  });

describe('the committed prior', () => {
  it('is valid and is what training on the development corpus gives (run npm run train-model)', async () => {
    const text = readFileSync(PRIOR_FILE, 'utf8');
    expect(RankPriorSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(text === (await trainedPriorText(SITUATION_MODEL))).toBe(true);
    // Training reads every development text: 80 s alone, near three minutes beside other suites.
  }, 300_000);

  it('was trained on development files only, and knows only resources of the catalogue', () => {
    expect(RANK_PRIOR.trainedOn).toMatch(/dev/);
    expect(RANK_PRIOR.trainedOn).not.toMatch(/heldout/);
    const ids = new Set(catalogue.resources.map((r) => r.id));
    expect(RANK_PRIOR.resources.filter((r) => !ids.has(r.id))).toEqual([]);
  });

  it('refuses what is not a prior', () => {
    const good = prior([{ id: 'bris', bias: 0.1, weights: { 's:sjalvskada': 0.3 } }]);
    expect(RankPriorSchema.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, version: 2 },
      { ...good, limit: 0 },
      { ...good, limit: 50 },
      prior([{ id: 'bris', bias: 0, weights: { 'ord i texten': 1 } }]),
      prior([{ id: 'bris', bias: Number.NaN, weights: {} }]),
    ])
      expect(RankPriorSchema.safeParse(bad).success).toBe(false);
  });
});

describe('what the prior reads of a page', () => {
  it('gives the age band of an age or of the chosen group', () => {
    expect([ageBand(null), ageBand(9), ageBand(15), ageBand(18), ageBand(25), ageBand(26)]).toEqual([
      'none',
      'under15',
      '15-17',
      '18-25',
      '18-25',
      'over25',
    ]);
    expect(ageBand('15-17')).toBe('15-17');
  });

  it('reads situations, about whom, suspected, pairs, age band and gender; no word of the page', () => {
    const f = priorFeatures(
      [
        { theme: 'vald-nara-relation', other: false, uncertain: false },
        { theme: 'akut-fara', other: true, uncertain: true },
      ],
      16,
      'woman',
    );
    expect(f.sort()).toEqual(
      [
        'a:15-17',
        'g:woman',
        's:vald-nara-relation',
        's:vald-nara-relation|a:15-17',
        's:akut-fara',
        's:akut-fara|a:15-17',
        'o:akut-fara',
        'u:akut-fara',
        'p:akut-fara+vald-nara-relation',
      ].sort(),
    );
  });

  it('takes the other person’s age and gender when every finding is about them, and not what is negated', () => {
    const findings = page([hit('sexuellt-vald', { other: 1 }), hit('sjalvskada', { negated: 1 })], {
      age: 45,
      gender: 'woman',
      otherAge: 19,
      otherGender: 'man',
    });
    const f = rankFeatures(findings);
    expect(f).toContain('a:18-25');
    expect(f).toContain('g:man');
    expect(f).toContain('o:sexuellt-vald');
    expect(f.some((x) => x.includes('sjalvskada'))).toBe(false);
    // A chosen age group is the band.
    expect(rankFeatures(page([hit('sjalvskada')]), { ageGroup: 'under15' })).toContain('a:under15');
  });
});

describe('what the prior may move', () => {
  it('multiplies a score by e^z within the limit, and leaves a resource it does not know at 1', () => {
    const p = prior([
      { id: 'a', bias: 5, weights: {} },
      { id: 'b', bias: -0.5, weights: { 's:sjalvskada': 1 } },
    ]);
    const factors = priorFactors(p, ['s:sjalvskada']);
    expect(factors.get('a')).toBeCloseTo(Math.exp(2));
    expect(factors.get('b')).toBeCloseTo(Math.exp(0.5));
    expect(factors.get('c')).toBeUndefined();
  });

  it('reorders contacts within their group and shows its factor', () => {
    const findings = page([hit('vald-nara-relation')], { age: 30, gender: 'woman' });
    const plain = rank(findings).filter((s) => s.group === 'contact');
    // The third contact, lifted e^2 (about 7 times).
    const last = plain[2];
    expect(last).toBeDefined();
    const lifted = rank(findings, prior([{ id: last?.id as string, bias: 2, weights: {} }]));
    expect(lifted.filter((s) => s.group === 'contact')[0]?.id).toBe(last?.id);
    expect(lifted.find((s) => s.id === last?.id)?.parts.learned).toBeCloseTo(Math.exp(2), 2);
    // No prior: no factor in the parts.
    expect(plain.every((s) => s.parts.learned === undefined)).toBe(true);
  });

  it('never moves acute danger or a resource the page names', () => {
    const acute = page([hit('akut-fara'), hit('vald-nara-relation')], { age: 30 });
    const down = prior([
      { id: 'sos-112', bias: -2, weights: {} },
      { id: 'polisen-114-14', bias: -2, weights: {} },
      { id: 'terrafem', bias: -2, weights: {} },
    ]);
    const before = rank(acute).filter((s) => s.group === 'akut');
    const after = rank(acute, down).filter((s) => s.group === 'akut');
    expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
    expect(after.map((s) => s.score)).toEqual(before.map((s) => s.score));
    const named = {
      ...page([hit('vald-nara-relation')], { age: 30 }),
      named: [{ id: 'terrafem', count: 1, negated: 0 }],
    };
    expect(rank(named, down)[0]?.id).toBe('terrafem');
  });

  it('never lifts a service for children when the page gives no age, and does for a child', () => {
    const up = prior([{ id: 'bris', bias: 2, weights: {} }]);
    const noAge = rank(page([hit('sjalvskada')]), up).find((s) => s.id === 'bris');
    expect(noAge?.parts.learned).toBeUndefined();
    const teen = rank(page([hit('sjalvskada')], { age: 15 }), up).find((s) => s.id === 'bris');
    expect(teen?.parts.learned).toBeCloseTo(Math.exp(2), 2);
    // Lowering it is allowed.
    const down = prior([{ id: 'bris', bias: -1, weights: {} }]);
    expect(rank(page([hit('sjalvskada')]), down).find((s) => s.id === 'bris')?.parts.learned).toBeCloseTo(
      Math.exp(-1),
      2,
    );
  });

  it('never makes a suggestion of what serves nothing on the page', () => {
    const findings = page([hit('sexkop')], { age: 40, gender: 'man' });
    const up = prior(catalogue.resources.map((r) => ({ id: r.id, bias: 2, weights: {} })));
    expect(
      rank(findings, up)
        .map((s) => s.id)
        .sort(),
    ).toEqual(
      rank(findings)
        .map((s) => s.id)
        .sort(),
    );
  });
});

describe('training', () => {
  it('lifts what clinicians wanted into the first three, from what the reader found', () => {
    const findings = page([hit('vald-nara-relation')], { age: 30, gender: 'woman' });
    const plain = rank(findings).filter((s) => !s.negatedOnly);
    const wanted = plain[4]?.id as string;
    expect(plain.slice(0, 3).map((s) => s.id)).not.toContain(wanted);
    const rows = Array.from({ length: 20 }, () => ({ findings, top3: [[wanted]] }));
    const trained = trainPrior(rows, catalogue, { trainedOn: 'test' });
    expect(RankPriorSchema.safeParse(trained).success).toBe(true);
    expect(
      rank(findings, trained)
        .slice(0, 3)
        .map((s) => s.id),
    ).toContain(wanted);
    // A page with another situation is ranked as before: the lift is for this page's features.
    const other = page([hit('sexkop')], { age: 40, gender: 'man' });
    const before = rank(other).slice(0, 3);
    const after = rank(other, trained).slice(0, 3);
    expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
  });

  it('learns nothing from texts that must give nothing, or that the reader found nothing in', () => {
    const rows = [
      { findings: page([]), top3: [['bris']] },
      { findings: page([hit('sjalvskada')]), top3: [] },
    ];
    const trained = trainPrior(rows, catalogue, { trainedOn: 'test' });
    expect(trained.resources).toEqual([]);
  });
});
