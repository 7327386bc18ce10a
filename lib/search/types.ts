/** Where a hit was found; the popup can show it ("träff i beskrivningen"). */
export type SearchField =
  | 'name'
  | 'keywords'
  | 'organisation'
  | 'phone'
  | 'purpose'
  | 'description'
  | 'theme'
  | 'place';

export interface SearchHit {
  id: string;
  /** Higher is better; comparable within one result list only. */
  score: number;
  field: SearchField;
}

/** Field order inside `primary`; `primaryOffsets[i]` holds the start of each one after the name. */
export const PRIMARY_FIELDS = ['name', 'keywords', 'organisation', 'theme', 'place'] as const;
/** Field order inside `secondary`. */
export const SECONDARY_FIELDS = ['purpose', 'description'] as const;

/**
 * Precomputed at build time (JSON-serialisable): the popup loads it and only creates a
 * searcher over it. All strings are already folded. Arrays are index-aligned with `ids`.
 */
export interface SearchData {
  format: 'hanvisa-search/1';
  ids: string[];
  /** "name | keywords | organisation | themes | places", folded. */
  primary: string[];
  /**
   * Start offsets of keywords, organisation, theme and place inside `primary[i]` (data prepared
   * before places has three: its last field is the theme).
   */
  primaryOffsets: ([number, number, number] | [number, number, number, number])[];
  /** "purpose | description", folded. */
  secondary: string[];
  /** Start offset of the description inside `secondary[i]` (= length when absent). */
  secondaryOffsets: number[];
  /** Digits of every phone, SMS and text-phone number, space-separated. */
  phones: string[];
  /** County codes covered, space-separated; "*" national, "" not known. Absent in older data. */
  regions?: string[];
  /** The resource's kind ("helpline", "training", …), so contacts come before trainings. Absent in older data. */
  kinds?: string[];
}

/** Synonym groups: every term in a group finds what the others find. Data, not code. */
export interface Synonyms {
  groups: { terms: string[]; note?: string | undefined }[];
}

export interface SearchOptions {
  /** Maximum hits returned (default 20). */
  limit?: number;
  /** County code of the user's home region: entries only for other regions rank below the rest. */
  homeRegion?: string | null;
}

export interface Searcher {
  search(query: string, opts?: SearchOptions): SearchHit[];
}
