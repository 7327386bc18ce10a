/** Which elements a read of the page skips, hands over, or joins inline (reader.ts). */

/** Elements whose text is never visible, or is read another way (fields, frames). */
const SKIP = ['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'object', 'select'];
const FIELD_TAGS = ['textarea', 'input'];
const FRAME_TAGS = ['iframe', 'frame'];
/** Inline elements join their text with a space; every other element ends a clause. */
const INLINE_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'ins',
  'del',
];

export const SKIPPED = 1;
export const FIELD = 2;
export const FRAME = 3;
export const INLINE = 4;
/** One lookup per element instead of one per list; an element not listed ends a clause. */
export const KIND = new Map<string, number>([
  ...SKIP.map((t) => [t, SKIPPED] as const),
  ...FIELD_TAGS.map((t) => [t, FIELD] as const),
  ...FRAME_TAGS.map((t) => [t, FRAME] as const),
  ...INLINE_TAGS.map((t) => [t, INLINE] as const),
]);
