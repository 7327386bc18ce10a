/**
 * The seed of the random property tests (fast-check). CI runs a fixed sample, so a run never
 * fails by chance: a failure there is a change, not luck. To explore new inputs, run with
 * FC_SEED=random (a new seed each run, printed on failure) or FC_SEED=<number> to replay one.
 */
const chosen = process.env.FC_SEED;

export const FC_SEED: { seed?: number } =
  chosen === 'random' ? {} : { seed: chosen === undefined ? 20261206 : Number(chosen) };
