/**
 * Sends what the reader found to the background, at most every REPORT_DELAY_MS and only when it
 * changed. Only situation ids with counts, modifiers and vocabulary words, named resource ids with
 * counts, the summarised patient values (when the user allows them) and the opt-in age leave the
 * page — never the text.
 */

import type { NamedHit, ScanResult, ThemeHit } from '../../lib/matcher/index.ts';
import { MAX_NAMED, MAX_WORD_LENGTH, type PageReport } from '../../lib/page/page-context.ts';
import { NO_PATIENT, type PagePatient, summarizePatient } from '../../lib/rank/patient.ts';
import { send } from '../../platform/messaging.ts';
import type { ReaderLife } from './life.ts';

export const REPORT_DELAY_MS = 250;

export interface ReporterOptions {
  /** Whether the note's patient values (age, gender, language) may be reported. */
  patient: boolean;
}

/** Exactly the fields the background accepts, built anew so nothing else can ride along. */
function hitsOf(hits: readonly ThemeHit[]): ThemeHit[] {
  return hits.map(({ theme, count, negated, denied, uncertain, hypothetical, other, need, words }) => ({
    theme,
    count,
    negated,
    denied,
    uncertain,
    hypothetical,
    other,
    ...(need ? { need } : {}),
    words: words.filter((w) => w.length <= MAX_WORD_LENGTH),
  }));
}

function namedOf(named: readonly NamedHit[]): NamedHit[] {
  return named.slice(0, MAX_NAMED).map(({ id, count, negated }) => ({ id, count, negated }));
}

function patientOf(total: ScanResult): PagePatient {
  const { age, otherAge, otherGender, gender, interpreter, languages, children } = summarizePatient(
    total.patient,
  );
  return { age, otherAge, otherGender, gender, interpreter, languages, children };
}

/** The `page:hits` payload for a page total: the patient values only when `withPatient`. */
export function reportOf(total: ScanResult | null, age: number | null, withPatient: boolean): PageReport {
  return {
    hits: total ? hitsOf(total.hits) : [],
    named: total ? namedOf(total.named) : [],
    patient: total && withPatient ? patientOf(total) : NO_PATIENT,
    age,
  };
}

export function createReporter(ctx: ReaderLife, options: ReporterOptions) {
  let latest: ScanResult | null = null;
  let age: number | null = null;
  let sent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let forceNext = false;

  function flush(): void {
    timer = undefined;
    const force = forceNext;
    forceNext = false;
    const report = reportOf(latest, age, options.patient);
    const key = JSON.stringify(report);
    if (!force && key === sent) return;
    sent = key;
    send('page:hits', report).catch(() => {
      // The background was restarting or the extension reloaded: try again with the next change.
      sent = '';
    });
  }

  /**
   * A throttle, not a debounce: a pending report is never pushed back, so a page that changes
   * without pause (hundreds of mutations a second) still gets its findings reported every 250 ms.
   */
  function schedule(force: boolean): void {
    if (ctx.isInvalid) return;
    forceNext ||= force;
    if (timer !== undefined) return;
    timer = ctx.setTimeout(flush, REPORT_DELAY_MS);
  }

  return {
    update(total: ScanResult): void {
      latest = total;
      schedule(false);
    },
    setAge(value: number | null): void {
      if (value === age) return;
      age = value;
      schedule(false);
    },
    resend(): void {
      schedule(true);
    },
  };
}
