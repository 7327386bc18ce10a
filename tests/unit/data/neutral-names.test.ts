import { describe, expect, it } from 'vitest';
import { neutralName } from '../../../lib/resource/discreet.ts';
import { SENSITIVE_WORDS, sensitiveIn } from '../../sensitive-words.ts';
import { realCatalogue } from '../catalogue-fixture.ts';

describe('neutral labels for discreet mode (data/resources `neutralName`)', () => {
  it('every resource has one, and none says what the visit is about', async () => {
    const { resources, vocabulary } = await realCatalogue();
    const missing = resources.filter((r) => r.neutralName === undefined).map((r) => r.id);
    expect(missing).toEqual([]);
    const telling = resources
      .map((r) => ({ id: r.id, words: sensitiveIn(neutralName(r)) }))
      .filter((r) => r.words.length > 0);
    expect(telling).toEqual([]);
    // The situations' own labels are covered by the word list.
    for (const theme of vocabulary) expect(sensitiveIn(theme.label), theme.label).not.toEqual([]);
  });

  it('every line a patient may be handed has an English label for the slip, and none tells', async () => {
    const { resources } = await realCatalogue();
    const forPatients = resources.filter((r) => r.audience.some((a) => a !== 'staff'));
    expect(forPatients.filter((r) => r.en?.neutralName === undefined).map((r) => r.id)).toEqual([]);
    const telling = resources.filter((r) => sensitiveIn(r.en?.neutralName ?? '').length > 0).map((r) => r.id);
    expect(telling).toEqual([]);
  });

  it('falls back to the kind, never to the name, where a catalogue gives none', () => {
    expect(neutralName({ kind: 'helpline', neutralName: undefined })).toBe('Stödlinje');
    expect(neutralName({ kind: 'training', neutralName: undefined })).toBe('Utbildning');
    expect(SENSITIVE_WORDS.length).toBeGreaterThan(10);
  });
});
