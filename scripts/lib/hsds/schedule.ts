/**
 * opening_hours → HSDS schedules. Simple weekly rules ("Mo-Fr 09:00-16:00", "24/7") become
 * RRULE-style rows; anything else becomes one row that carries the expression as its description,
 * so no hours are lost or guessed.
 */
const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const ALL_DAYS = DAYS.map((d) => d.toUpperCase()).join(',');

export interface ScheduleRow {
  freq?: 'WEEKLY';
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description: string;
}

function dayList(spec: string): string | null {
  const out: string[] = [];
  for (const part of spec.split(',')) {
    const [from, to] = part.split('-') as [string, string | undefined];
    const a = DAYS.indexOf(from as (typeof DAYS)[number]);
    const b = to === undefined ? a : DAYS.indexOf(to as (typeof DAYS)[number]);
    if (a < 0 || b < 0 || b < a) return null;
    for (let i = a; i <= b; i++) out.push((DAYS[i] ?? '').toUpperCase());
  }
  return out.join(',');
}

const RULE =
  /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*) (\d{2}:\d{2})-(\d{2}:\d{2})$/;

export function toSchedules(osm: string, note?: string): ScheduleRow[] {
  const suffix = note ? ` ${note}` : '';
  if (osm.trim() === '24/7')
    return [{ freq: 'WEEKLY', byday: ALL_DAYS, description: `Dygnet runt, alla dagar.${suffix}` }];
  const rows: ScheduleRow[] = [];
  for (const rule of osm
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)) {
    const m = RULE.exec(rule);
    const byday = m?.[1] ? dayList(m[1]) : null;
    if (!m || !byday) return [{ description: `Öppettider (OpenStreetMap-format): ${osm}.${suffix}` }];
    rows.push({
      freq: 'WEEKLY',
      byday,
      opens_at: m[2] ?? '',
      closes_at: m[3] ?? '',
      description: `${rule}.${suffix}`,
    });
  }
  return rows;
}
