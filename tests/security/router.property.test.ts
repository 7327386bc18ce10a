/**
 * The message boundary: whatever arrives at the background's router — from our pages, from a
 * content script in a page that may be hostile, or malformed — it never throws, ignores what is
 * not ours, refuses `ui:` messages from web pages and answers every message it takes exactly once.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createRouter, type HandlerTable } from '../../entrypoints/background/router.ts';
import type { MessageType } from '../../lib/messages.ts';
import { parseAge, parseHits } from '../../lib/page-context.ts';

const OWN_ID = 'hanvisaextensionid';
const ORIGIN = `chrome-extension://${OWN_ID}/`;
/** The types of lib/messages.ts Protocol at the time of writing; any others are unknown to this table. */
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

describe('page:hits payload checks (lib/page-context.ts)', () => {
  it('random payloads are refused or come out well-formed', () => {
    const hit = fc.record({
      theme: fc.oneof(fc.string(), fc.constantFrom('sexkop', 'hbtqi', 'sjalvskada')),
      count: fc.oneof(fc.integer(), fc.double()),
      negated: fc.oneof(fc.integer(), fc.double()),
      words: fc.array(fc.string({ maxLength: 80 }), { maxLength: 7 }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(hit, { maxLength: 12 })), (value) => {
        const hits = parseHits(value);
        if (hits === null) return;
        for (const h of hits) {
          expect(Number.isInteger(h.count) && h.count > 0).toBe(true);
          expect(h.negated >= 0 && h.negated <= h.count).toBe(true);
          expect(h.words.length).toBeLessThanOrEqual(5);
          for (const w of h.words) expect(w.length).toBeLessThanOrEqual(60);
        }
        expect(new Set(hits.map((h) => h.theme)).size).toBe(hits.length);
      }),
      { numRuns: 500 },
    );
  });

  it('an age is a whole number from 0 to 130, or nothing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const age = parseAge(value);
        if (typeof age === 'number') expect(Number.isInteger(age) && age >= 0 && age <= 130).toBe(true);
      }),
    );
  });
});
