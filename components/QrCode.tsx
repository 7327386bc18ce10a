import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n/i18n.ts';

/** Dark modules of a QR code, row by row; loaded on demand so the popup's first paint stays small. */
export async function qrMatrix(text: string): Promise<boolean[][]> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)));
}

/** One SVG path of unit squares; a quiet zone of 4 modules as the standard asks. */
export function matrixPath(matrix: boolean[][]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + 4} ${y + 4}h1v1h-1z`);
    });
  });
  return parts.join('');
}

/** The code as SVG built from elements (no innerHTML), scannable from the screen. */
export function QrSvg({ matrix, label }: { matrix: boolean[][]; label: string }) {
  const size = matrix.length + 8;
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${size} ${size}`}
      width={size * 4}
      height={size * 4}
      role="img"
      aria-label={label}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={matrixPath(matrix)} fill="#000" shape-rendering="crispEdges" />
    </svg>
  );
}

/** "Visa QR-kod" toggle; the code is generated only when shown. */
export function QrCode({ target, idPrefix }: { target: string; idPrefix: string }) {
  const [shown, setShown] = useState(false);
  const [matrix, setMatrix] = useState<boolean[][] | 'error' | null>(null);
  useEffect(() => {
    if (!shown) return;
    let live = true;
    setMatrix(null);
    qrMatrix(target).then(
      (m) => live && setMatrix(m),
      () => live && setMatrix('error'),
    );
    return () => {
      live = false;
    };
  }, [shown, target]);
  const regionId = `${idPrefix}-qr`;
  return (
    <div class="qr-block">
      <button type="button" aria-expanded={shown} aria-controls={regionId} onClick={() => setShown(!shown)}>
        {shown ? t('hideQr') : t('showQr')}
      </button>
      <div id={regionId} hidden={!shown}>
        {shown && matrix === 'error' && <p>{t('qrUnavailable')}</p>}
        {shown && Array.isArray(matrix) && <QrSvg matrix={matrix} label={t('qrLabel', { target })} />}
      </div>
    </div>
  );
}
