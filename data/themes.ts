/**
 * Situation ids of the vocabulary (one file each in data/vocabulary/<id>.json). In code a
 * situation is called a theme: what a page is about, recognised from the many ways a note says it.
 */
export const THEME_IDS = [
  'akut-fara',
  'sex-mot-ersattning',
  'manniskohandel',
  'vald-nara-relation',
  'sexuellt-vald',
  'hedersrelaterat',
  'barn-sexuell-exploatering',
  'egen-sexualitet',
  'sexkop',
  'hbtqi',
  'sjalvskada',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];
