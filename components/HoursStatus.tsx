import { formatStatus, formatWeek } from '../lib/hours/format.ts';
import { hoursStatus } from '../lib/hours/status.ts';
import type { CompiledHours } from '../lib/hours/types.ts';
import { getLocale } from '../lib/i18n/i18n.ts';

export interface HoursStatusProps {
  hours: CompiledHours | 'unknown';
  now: Date;
  note?: string | undefined;
}

/** Live status ("Öppet nu · stänger 16:00") and the weekly pattern; unknown is said as unknown. */
export function HoursStatus({ hours, now, note }: HoursStatusProps) {
  const status = hoursStatus(hours, now);
  const locale = getLocale();
  const week = formatWeek(hours, locale);
  return (
    <div class="hours">
      <span class={`hours-status hours-${status.state}`}>{formatStatus(status, now, locale)}</span>
      {week.length > 0 && status.state !== 'always' && <span class="hours-week"> ({week.join(', ')})</span>}
      {note && <span class="hours-note"> {note}</span>}
    </div>
  );
}
