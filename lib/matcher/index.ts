export { createTally, isEmptyScan, mergePatient, mergeScans, type ScanTally } from './merge.ts';
export {
  compileMatcher,
  compileMatcherSteps,
  type NamedTerms,
  type ReaderOptions,
  type Vocabulary,
} from './reader.ts';
export { finish, runUntil, type Steps } from './steps.ts';
export { type MatcherTables, TABLES_VERSION, toTables, toTablesSteps } from './tables.ts';
export { matcherFromTables, matcherFromTablesSteps } from './tables-read.ts';
export {
  emptyPatient,
  MAX_WORDS,
  type Matcher,
  type NamedHit,
  type PatientFacts,
  type ScanResult,
  type ThemeHit,
} from './types.ts';
