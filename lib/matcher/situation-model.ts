/**
 * The bundled second reader (data/model/situations.json, made by `npm run train-model`). Its
 * schema is checked in tests (tests/unit/matcher/model.test.ts), not on every page: the file ships
 * with the extension and no administrator or catalogue changes it.
 */
import data from '../../data/model/situations.json' with { type: 'json' };
import type { SituationModel } from './model.ts';

export const SITUATION_MODEL = data as unknown as SituationModel;
