import { useEffect, useState } from 'preact/hooks';
import type { Slip } from '../../lib/handout/slip.ts';
import { t } from '../../lib/handout/text.ts';
import { QrSvg, qrMatrix } from '../QrCode.tsx';

/**
 * The chosen line as a QR code on the screen, for the patient to scan with their own phone: the
 * number as a tel: link, or the chat or web address. Never printed. Its label names the number,
 * never an address (an address can say what the line is about).
 */
export function HandoutQr({ qr }: { qr: NonNullable<Slip['qr']> }) {
  const [matrix, setMatrix] = useState<boolean[][] | 'error' | null>(null);
  useEffect(() => {
    let live = true;
    setMatrix(null);
    qrMatrix(qr.target).then(
      (m) => live && setMatrix(m),
      () => live && setMatrix('error'),
    );
    return () => {
      live = false;
    };
  }, [qr.target]);
  const label =
    qr.kind === 'phone'
      ? t('handoutQrPhone', { number: qr.number ?? '' })
      : t(qr.kind === 'chat' ? 'handoutQrChat' : 'handoutQrWeb');
  return (
    <section class="handout-qr no-print" aria-labelledby="handout-qr-heading">
      <h2 id="handout-qr-heading">{t('handoutQrHeading')}</h2>
      {matrix === 'error' && <p>{t('qrUnavailable')}</p>}
      {Array.isArray(matrix) && <QrSvg matrix={matrix} label={label} />}
    </section>
  );
}
