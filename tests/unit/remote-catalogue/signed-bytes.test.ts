/**
 * What a signature covers, from the bytes received (lib/catalogue/envelope.ts, signature.ts): the
 * document's own bytes inside the envelope, put together with the context in pieces so that
 * checking a national document never blocks the service worker.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap, unwrapBytes } from '../../../lib/catalogue/envelope.ts';
import { COPY_BYTES, SIGNING_CONTEXT, signedBytesSteps } from '../../../lib/catalogue/signature.ts';

function run<T>(task: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = task.next();
    if (step.done) return { value: step.value, pauses };
    pauses += 1;
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const SIG = `${'A'.repeat(86)}==`;
const envelope = (doc: string, end = '}\n') =>
  `{"format":"hanvisa-signed/1","keyId":"0123456789abcdef","signature":"${SIG}","document":${doc}${end}`;

describe('the signed bytes', () => {
  it('are the context and the document, as TextEncoder gives them for the whole text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(run(signedBytesSteps(utf8(text))).value).toEqual(utf8(SIGNING_CONTEXT + text));
      }),
    );
  });

  it('are put together in pieces for a long document', () => {
    const doc = utf8(`{"a":"${'å'.repeat(COPY_BYTES)}"}`);
    const { value, pauses } = run(signedBytesSteps(doc));
    expect(pauses).toBeGreaterThanOrEqual(2);
    // Compared as buffers: an element-by-element diff of 2 MB would take the test's whole time.
    expect(Buffer.from(value).equals(Buffer.concat([utf8(SIGNING_CONTEXT), doc]))).toBe(true);
  });
});

describe('the envelope in the bytes received', () => {
  it('gives the bytes of the document the text path gives, for any document text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.constantFrom('}\n', '}'),
        (doc, end) => {
          const text = envelope(JSON.stringify({ s: doc }), end);
          const fromText = unwrap(text);
          const fromBytes = unwrapBytes(utf8(text));
          expect(fromText.kind).toBe('signed');
          expect(fromBytes).toEqual(
            fromText.kind === 'signed' ? { ...fromText, text: undefined, body: utf8(fromText.text) } : null,
          );
        },
      ),
    );
  });

  it('reads past a byte-order mark, and calls a plain or broken body what the text path calls it', () => {
    const doc = '{"format":"hanvisa-catalogue/1","r":["ö"]}';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(envelope(doc))]);
    expect(unwrapBytes(bom)).toMatchObject({ kind: 'signed', body: utf8(doc) });
    expect(unwrapBytes(utf8(doc))).toEqual({ kind: 'plain', body: utf8(doc) });
    for (const broken of [envelope(doc, ''), envelope(doc).replace('"keyId"', '"key"'), `${envelope(doc)} `])
      expect(unwrapBytes(utf8(broken)).kind, broken.slice(-20)).toBe(unwrap(broken).kind);
  });
});
