/** Which elements a read of the page skips, hands over, or joins inline (reader.ts). */

/** Elements whose text is never visible, or is read another way (fields, frames). */
export const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'object',
  'select',
]);
export const FIELD_TAGS = new Set(['textarea', 'input']);
export const FRAME_TAGS = new Set(['iframe', 'frame']);
/** Inline elements join their text with a space; every other element ends a clause. */
export const INLINE = new Set([
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
]);
