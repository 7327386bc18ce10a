/**
 * The extension's copy of the reader's model (platform/situation-model.ts): the file bundled as
 * text and parsed once, the same model the tests and the catalogue tool read.
 */
import { describe, expect, it } from 'vitest';
import { SITUATION_MODEL } from '../../../lib/matcher/situation-model.ts';
import { situationModel } from '../../../platform/situation-model.ts';

describe('the bundled model', () => {
  it('is the committed model, parsed once', () => {
    const model = situationModel();
    expect(model).toEqual(SITUATION_MODEL);
    expect(situationModel()).toBe(model);
  });
});
