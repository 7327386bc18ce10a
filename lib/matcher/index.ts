export { compileMatcher } from './compile.ts';
export { createTally, mergeScans, type ScanTally, subtractScan } from './merge.ts';
export { MAX_WORDS, type Matcher, type ScanResult, type ThemeHit } from './types.ts';
