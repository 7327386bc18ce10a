// FROZEN REFERENCE — do not edit. Verbatim copy of lib/matcher/index.ts at ab09148 (the anchor-RegExp pass),
// only import paths changed. tests/unit/matcher/differential.test.ts compares lib/matcher with it.
export { compileMatcher } from './compile.ts';
export { createTally, mergeScans, type ScanTally, subtractScan } from './merge.ts';
export { MAX_WORDS, type Matcher, type ScanResult, type ThemeHit } from './types.ts';
