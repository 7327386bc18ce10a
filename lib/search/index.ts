/** Public API of the search engine. Popup-safe: no zod, no browser globals. */
export { fold, looksLikePhone, phoneDigits } from './fold.ts';
export { prepareSearchData } from './prepare.ts';
export { createSearcher, toNeedle } from './searcher.ts';
export type { SearchData, Searcher, SearchField, SearchHit, SearchOptions, Synonyms } from './types.ts';
