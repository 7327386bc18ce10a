/** Theme ids of the vocabulary (one file each in data/vocabulary/<id>.json). */
export const THEME_IDS = [
  'sex-mot-ersattning',
  'prostitution',
  'sugardejting',
  'manniskohandel',
  'barn-och-unga',
  'sexkop',
  'hbtqi',
  'sjalvskada',
  'sexuellt-vald',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];
