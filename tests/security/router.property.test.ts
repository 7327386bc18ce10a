/**
 * The message boundary: whatever arrives at the background's router — from our pages, from a
 * content script in a page that may be hostile, or malformed — it never throws, ignores what is
 * not ours, refuses `ui:` messages from web pages and answers every message it takes exactly once.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { THEME_IDS } from '../../data/themes.ts';
import { createRouter, type HandlerTable } from '../../entrypoints/background/router.ts';
import { reportOf } from '../../entrypoints/context.content/report.ts';
import { readerVocabulary } from '../../lib/catalogue/reader-vocabulary.ts';
import type { MessageType } from '../../lib/extension/messages.ts';
import { compileMatcher } from '../../lib/matcher/index.ts';
import { GENDERS } from '../../lib/matcher/types.ts';
import { MAX_NAMED } from '../../lib/page/page-context.ts';
import { knownIn, parseAge, parseReport } from '../../lib/page/page-report.ts';
import { readCatalogue } from '../../scripts/lib/read-data.ts';
import { mutationOf } from './mutate.ts';

const OWN_ID = 'hanvisaextensionid';
const ORIGIN = `chrome-extension://${OWN_ID}/`;
/** The types of lib/extension/messages.ts Protocol at the time of writing; any others are unknown to this table. */
const TYPES = [
  'ui:ping',
  'ui:catalogue-refresh',
  'page:hello',
  'page:hits',
  'ui:sites:list',
  'ui:sites:enable',
  'ui:sites:disable',
  'ui:page:get',
] as const;

function table() {
  const calls: { type: string; payload: unknown }[] = [];
  const handlers = Object.fromEntries(
    TYPES.map((type) => [
      type,
      async (payload: unknown) => {
        calls.push({ type, payload });
        if ((payload as { fail?: unknown } | null)?.fail) throw new Error('handler failed');
        return { handled: type };
      },
    ]),
  ) as unknown as HandlerTable;
  return { handlers, calls };
}

const webPage = fc.record({
  id: fc.constant(OWN_ID),
  tab: fc.record({ id: fc.nat() }),
  frameId: fc.nat({ max: 3 }),
  url: fc.webUrl(),
});
const extensionPage = fc.record({ id: fc.constant(OWN_ID), url: fc.constant(`${ORIGIN}sidepanel.html`) });
const stranger = fc.record({ id: fc.string(), url: fc.webUrl() });
const anySender = fc.oneof(webPage, extensionPage, stranger, fc.constant({}));
const knownType = fc.constantFrom(...TYPES);
const oddType = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'ui:',
    'page:',
    'tab:insert',
    'UI:PING',
  ),
);
const message = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.oneof(knownType, oddType), payload: fc.anything() }),
  fc.record({ type: knownType, payload: fc.record({ fail: fc.boolean() }) }),
);

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('background router (entrypoints/background/router.ts)', () => {
  it('never throws, and answers each message it takes exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(message, anySender, async (msg, sender) => {
        const { handlers } = table();
        const reply = vi.fn();
        const kept = createRouter(handlers, OWN_ID, ORIGIN)(msg, sender as never, reply);
        await settle();
        expect(typeof kept).toBe('boolean');
        if (kept) expect(reply).toHaveBeenCalledTimes(1);
        expect(reply.mock.calls.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('ignores messages from anything but this extension', async () => {
    await fc.assert(
      fc.asyncProperty(knownType, fc.anything(), stranger, async (type, payload, sender) => {
        fc.pre(sender.id !== OWN_ID);
        const { handlers, calls } = table();
        const reply = vi.fn();
        expect(createRouter(handlers, OWN_ID, ORIGIN)({ type, payload }, sender as never, reply)).toBe(false);
        await settle();
        expect(calls).toEqual([]);
        expect(reply).not.toHaveBeenCalled();
      }),
    );
  });

  it('rejects unknown types, prototype names included, without calling anything', async () => {
    await fc.assert(
      fc.asyncProperty(
        oddType,
        fc.anything(),
        fc.oneof(webPage, extensionPage),
        async (type, payload, sender) => {
          fc.pre(!(TYPES as readonly string[]).includes(type));
          const { handlers, calls } = table();
          const reply = vi.fn();
          expect(createRouter(handlers, OWN_ID, ORIGIN)({ type, payload }, sender as never, reply)).toBe(
            false,
          );
          await settle();
          expect(calls).toEqual([]);
        },
      ),
    );
  });

  it('refuses ui: messages from content scripts (web pages), and serves them to extension pages', async () => {
    const uiType = fc.constantFrom(...TYPES.filter((t) => t.startsWith('ui:')));
    await fc.assert(
      fc.asyncProperty(uiType, webPage, async (type: MessageType, sender) => {
        fc.pre(!sender.url.startsWith(ORIGIN));
        const { handlers, calls } = table();
        const reply = vi.fn();
        createRouter(handlers, OWN_ID, ORIGIN)({ type, payload: {} }, sender as never, reply);
        await settle();
        expect(calls).toEqual([]);
        expect(reply).toHaveBeenCalledWith({ ok: false, error: expect.stringContaining('only accepted') });
      }),
    );
    const { handlers, calls } = table();
    const reply = vi.fn();
    createRouter(handlers, OWN_ID, ORIGIN)(
      { type: 'ui:ping', payload: {} },
      { id: OWN_ID, url: `${ORIGIN}popup.html` },
      reply,
    );
    await settle();
    expect(calls).toHaveLength(1);
    expect(reply).toHaveBeenCalledWith({ ok: true, value: { handled: 'ui:ping' } });
  });

  it('turns a failing handler into an error reply, not an unhandled rejection', async () => {
    const { handlers } = table();
    const reply = vi.fn();
    const sender = { id: OWN_ID, tab: { id: 1 }, frameId: 0, url: 'https://journal.example.se/' };
    createRouter(handlers, OWN_ID, ORIGIN)(
      { type: 'page:hits', payload: { fail: true } },
      sender as never,
      reply,
    );
    await settle();
    expect(reply).toHaveBeenCalledWith({ ok: false, error: 'handler failed' });
  });
});

describe('page:hits payload checks (lib/page/page-context.ts)', () => {
  const data = readCatalogue();
  if (!data.ok) throw new Error('data/ does not validate');
  const known = knownIn(data.catalogue);
  const ids = data.catalogue.resources.map((r) => r.id);
  const words = [...data.catalogue.vocabulary, ...data.catalogue.parts].flatMap((set) =>
    set.terms.map((t) => t.term.toLowerCase()),
  );
  // Mostly sound values, so that many reports are accepted and their checks say something; now and
  // then one that is a little off (a count too high, a foreign word, an unknown id).
  const count = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }) },
    { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -2, max: 8 }), fc.integer(), fc.double()) },
  );
  const word = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map((w) => w.join(' + ')),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  );
  const soundHit = fc
    .record({
      theme: fc.constantFrom(...THEME_IDS),
      polarities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
      affirmed: fc.integer({ min: 0, max: 3 }),
      other: fc.integer({ min: 0, max: 15 }),
      words: fc.array(word, { maxLength: 5 }),
    })
    .map(({ theme, polarities, affirmed, other, words: w }) => {
      const [negated = 0, denied = 0, uncertain = 0, hypothetical = 0] = polarities;
      const total = Math.max(1, negated + denied + uncertain + hypothetical + affirmed);
      return {
        theme,
        count: total,
        negated,
        denied,
        uncertain,
        hypothetical,
        other: Math.min(other, total),
        words: w,
      };
    });
  const oddHit = fc.record(
    {
      theme: fc.oneof(
        fc.constantFrom(...THEME_IDS),
        fc.string(),
        fc.constantFrom('prostitution', 'barn-och-unga'),
      ),
      count,
      negated: count,
      denied: count,
      uncertain: count,
      hypothetical: count,
      other: count,
      words: fc.array(word, { maxLength: 7 }),
    },
    { requiredKeys: ['theme', 'count', 'words'] },
  );
  const hits = fc.oneof(
    { weight: 6, arbitrary: fc.uniqueArray(soundHit, { maxLength: 4, selector: (h) => h.theme }) },
    { weight: 2, arbitrary: fc.array(fc.oneof(soundHit, oddHit), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.anything() },
  );
  const soundNamed = fc.record({
    id: fc.constantFrom(...ids, 'borttagen-resurs'),
    count: fc.integer({ min: 1, max: 4 }),
    negated: fc.integer({ min: 0, max: 1 }),
  });
  const oddNamed = fc.record({
    id: fc.oneof(fc.constantFrom(...ids), fc.string(), fc.constant('Terrafem')),
    count,
    negated: count,
  });
  const named = fc.oneof(
    { weight: 6, arbitrary: fc.uniqueArray(soundNamed, { maxLength: 3, selector: (n) => n.id }) },
    { weight: 2, arbitrary: fc.array(fc.oneof(soundNamed, oddNamed), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.anything() },
  );
  const age = fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 130 }) },
    { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -5, max: 140 }), fc.double(), fc.string()) },
  );
  const language = fc.constantFrom('ar', 'so', 'rom', 'fa', 'sv');
  const patient = fc.record({
    age,
    otherAge: age,
    otherGender: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(null, 'woman', 'man') },
      { weight: 1, arbitrary: fc.oneof(fc.constant('dotter'), fc.anything()) },
    ),
    gender: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(null, ...GENDERS) },
      { weight: 1, arbitrary: fc.oneof(fc.constant('kvinna'), fc.anything()) },
    ),
    interpreter: fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.anything() }),
    children: fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.anything() }),
    languages: fc.oneof(
      { weight: 8, arbitrary: fc.uniqueArray(language, { maxLength: 3 }) },
      {
        weight: 1,
        arbitrary: fc.array(fc.oneof(language, fc.constantFrom('AR', 'x', 'arabiska'), fc.string()), {
          maxLength: 4,
        }),
      },
    ),
  });
  const report = fc.record({
    hits,
    named,
    patient: fc.oneof({ weight: 8, arbitrary: patient }, { weight: 1, arbitrary: fc.anything() }),
    age,
  });
  const GOOD = {
    hits: [
      {
        theme: 'sexkop',
        count: 3,
        negated: 1,
        denied: 0,
        uncertain: 1,
        hypothetical: 0,
        other: 1,
        words: ['sexköp'],
      },
    ],
    named: [{ id: ids[0] ?? '', count: 1, negated: 0 }],
    patient: {
      age: 32,
      otherAge: null,
      otherGender: null,
      gender: 'woman',
      interpreter: true,
      languages: ['ar'],
      children: false,
    },
    age: null,
  };

  it('random payloads are refused or come out well-formed, with only known ids and vocabulary words', () => {
    let accepted = 0;
    let full = 0;
    fc.assert(
      fc.property(fc.oneof(fc.anything(), { weight: 4, arbitrary: report }, mutationOf(GOOD)), (value) => {
        const parsed = parseReport(value, known);
        if (parsed === null) return;
        accepted++;
        if (parsed.hits.some((h) => h.words.length > 0) && parsed.named.length > 0) full++;
        const { hits, named: names, patient: p } = parsed;
        for (const h of hits) {
          expect(Number.isInteger(h.count) && h.count > 0).toBe(true);
          for (const k of ['negated', 'denied', 'uncertain', 'hypothetical', 'other'] as const) {
            expect(Number.isInteger(h[k]) && h[k] >= 0 && h[k] <= h.count).toBe(true);
          }
          expect(h.negated + h.denied + h.uncertain + h.hypothetical).toBeLessThanOrEqual(h.count);
          expect(h.words.length).toBeLessThanOrEqual(5);
          for (const w of h.words) expect(w.length <= 60 && known.word(w)).toBe(true);
        }
        expect(new Set(hits.map((h) => h.theme)).size).toBe(hits.length);
        expect(names.length).toBeLessThanOrEqual(MAX_NAMED);
        for (const n of names) {
          expect(ids).toContain(n.id);
          expect(Number.isInteger(n.count) && n.count > 0 && n.negated >= 0 && n.negated <= n.count).toBe(
            true,
          );
        }
        expect(new Set(names.map((n) => n.id)).size).toBe(names.length);
        for (const a of [p.age, p.otherAge, parsed.age])
          if (a !== null) expect(Number.isInteger(a) && a >= 0 && a <= 130).toBe(true);
        expect(p.gender === null || GENDERS.includes(p.gender)).toBe(true);
        expect(typeof p.interpreter).toBe('boolean');
        expect(typeof p.children).toBe('boolean');
        expect(p.languages.length).toBeLessThanOrEqual(3);
        for (const code of p.languages) expect(code).toMatch(/^[a-z]{2,3}$/);
        // Nothing but the known fields is kept.
        expect(Object.keys(parsed).sort()).toEqual(['age', 'hits', 'named', 'patient']);
        expect(Object.keys(p).sort()).toEqual([
          'age',
          'children',
          'gender',
          'interpreter',
          'languages',
          'otherAge',
          'otherGender',
        ]);
      }),
      { numRuns: 500 },
    );
    // The checks above ran on many accepted reports, with words and named resources, not on a few.
    expect(accepted).toBeGreaterThan(50);
    expect(full).toBeGreaterThan(10);
  });

  it("whatever a page says, the reader's own report is accepted unchanged", () => {
    const matcher = compileMatcher(readerVocabulary(data.catalogue), { year: 2026 });
    const phrases = [
      'Kvinna, 32 år. Pat har sålt sex.',
      'Hon har fått betalt för sexuella tjänster',
      'Ingen misstanke om människohandel.',
      'Hänvisad till Terrafem och Bris.',
      'Behöver tolk på arabiska.',
      'Dottern, 15 år, säljer sex.',
      'Förnekar våld i nära relation.',
      'transkvinna, hbtq',
    ];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...phrases), fc.string({ maxLength: 40 })), { maxLength: 8 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, fc.boolean(), fc.option(fc.integer({ min: 0, max: 130 })), (t, withPatient, a) => {
        const sent = JSON.parse(JSON.stringify(reportOf(matcher.scan(t), a, withPatient)));
        expect(parseReport(sent, known)).toEqual(sent);
      }),
      { numRuns: 300 },
    );
  });

  it('an age is a whole number from 0 to 130, or nothing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const a = parseAge(value);
        if (typeof a === 'number') expect(Number.isInteger(a) && a >= 0 && a <= 130).toBe(true);
      }),
    );
  });
});
