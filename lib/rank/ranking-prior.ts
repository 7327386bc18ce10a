/**
 * The bundled prior of the ranking (data/model/ranking.json, made by `npm run train-model`). Its
 * schema is checked in tests (tests/unit/rank/prior.test.ts): the file ships with the extension and
 * no administrator or catalogue changes it.
 */
import data from '../../data/model/ranking.json' with { type: 'json' };
import type { RankPrior } from './prior.ts';

export const RANK_PRIOR = data as unknown as RankPrior;
