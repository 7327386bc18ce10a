/**
 * The bytes a signature covers, encoded in pieces (lib/catalogue/signature.ts signedBytesSteps) so
 * that checking a national document never blocks the service worker: exactly the bytes of the
 * whole text, also when a piece ends between the halves of a surrogate pair.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENCODE_CHARS, SIGNING_CONTEXT, signedBytesSteps } from '../../../lib/catalogue/signature.ts';

function run<T>(task: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = task.next();
    if (step.done) return { value: step.value, pauses };
    pauses += 1;
  }
}

const whole = (text: string) => new TextEncoder().encode(SIGNING_CONTEXT + text);

describe('the signed bytes in pieces', () => {
  it('are the bytes of the whole text for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(run(signedBytesSteps(text)).value).toEqual(whole(text));
      }),
    );
  });

  it('pause between pieces of a long text and keep a surrogate pair whole at a piece’s end', () => {
    // The emoji's first half is the last character of the first piece.
    const text = `${'x'.repeat(ENCODE_CHARS - SIGNING_CONTEXT.length - 1)}😀 åäö ${'y'.repeat(ENCODE_CHARS)}`;
    const { value, pauses } = run(signedBytesSteps(text));
    expect(pauses).toBeGreaterThanOrEqual(3);
    // Compared as buffers: an element-by-element diff of 2 MB would take the test's whole time.
    expect(Buffer.from(value).equals(Buffer.from(whole(text)))).toBe(true);
    expect(new TextDecoder().decode(value)).toBe(SIGNING_CONTEXT + text);
  });
});
