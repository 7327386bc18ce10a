/**
 * Runs in the page (Playwright's and puppeteer's evaluate both take it): the smallest rendered
 * text and the lowest control, from computed styles and boxes. Self-contained on purpose.
 */
export interface Sizes {
  /** The smallest computed font size of any element with visible text of its own */
  smallestText: number;
  /** The lowest rendered height of any visible button, select, input or summary */
  lowestControl: number;
  /** The elements below 14 px text or 32 px height, for the failure message */
  small: string[];
  texts: number;
  controls: number;
}

/** `hostSelector`: measure inside that element's shadow root (the overlay); null: the document. */
export function probeSizes(hostSelector: string | null): Sizes {
  const root: Document | ShadowRoot | null | undefined = hostSelector
    ? document.querySelector(hostSelector)?.shadowRoot
    : document;
  if (!root) throw new Error(`no root for ${hostSelector}`);
  const shown = (el: Element) => el.getClientRects().length > 0 && el.closest('.sr-only') === null;
  const name = (el: Element) =>
    `${el.localName}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  const small: string[] = [];
  let smallestText = Number.POSITIVE_INFINITY;
  let texts = 0;
  for (const el of root.querySelectorAll('*')) {
    if (['style', 'script', 'option'].includes(el.localName) || !shown(el)) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
    if (!own) continue;
    const px = Number.parseFloat(getComputedStyle(el).fontSize);
    texts++;
    smallestText = Math.min(smallestText, px);
    if (px < 14) small.push(`${name(el)}: ${px} px text`);
  }
  let lowestControl = Number.POSITIVE_INFINITY;
  let controls = 0;
  for (const el of root.querySelectorAll('button, select, input, summary')) {
    if (!shown(el)) continue;
    const h = el.getBoundingClientRect().height;
    controls++;
    lowestControl = Math.min(lowestControl, h);
    if (h < 32) small.push(`${name(el)}: ${h} px high`);
  }
  return { smallestText, lowestControl, small, texts, controls };
}
