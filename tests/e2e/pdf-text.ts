/**
 * The text of a PDF, page by page, read with Mozilla's PDF.js (pdfjs-dist, dev only): what a
 * printed handout actually says, not what the page's DOM holds.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: string[];
  /** Each page's width and height in whole millimetres */
  sizeMm: [number, number][];
  /** Every page's text, a new line for each line of text */
  text: string;
}

export async function pdfText(pdf: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const sizeMm: [number, number][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      sizeMm.push([Math.round((width * 25.4) / 72), Math.round((height * 25.4) / 72)]);
      const content = await page.getTextContent();
      pages.push(
        content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''),
      );
    }
    return { pages, sizeMm, text: pages.join('\n') };
  } finally {
    await doc.destroy();
  }
}
