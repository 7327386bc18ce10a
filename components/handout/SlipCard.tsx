import { contactText, type Slip, type SlipLine } from '../../lib/handout/slip.ts';
import type { Locale } from '../../lib/i18n/i18n.ts';

/** One line: label, number (or address), then hours and hints; the chosen line's parts stand on their own rows. */
function LineText({ line, locale, chosen }: { line: SlipLine; locale: Locale; chosen: boolean }) {
  const more = [line.hours, ...line.hints].filter((text): text is string => text !== null).join(' · ');
  return (
    <>
      <span class="slip-label">{line.label}</span>{' '}
      <strong class="slip-contact">{contactText(line, locale)}</strong>
      {more !== '' && <span class="slip-more">{chosen ? ` ${more}` : ` · ${more}`}</span>}
    </>
  );
}

/**
 * The card the patient takes home, printed at 85 × 55 mm (handout.css) and shown larger on the
 * screen: a neutral title, the chosen line, the general lines. In the slip's own language.
 */
export function SlipCard({ slip }: { slip: Slip }) {
  return (
    <article class="slip" lang={slip.locale} aria-labelledby="slip-title">
      <h3 id="slip-title" class="slip-title">
        {slip.title}
      </h3>
      {slip.chosen && (
        <p class="slip-chosen" data-slip-line={slip.chosen.id}>
          <LineText line={slip.chosen} locale={slip.locale} chosen />
        </p>
      )}
      {slip.general.length > 0 && (
        <ul class="slip-general">
          {slip.general.map((line) => (
            <li key={line.id} data-slip-line={line.id}>
              <LineText line={line} locale={slip.locale} chosen={false} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
