/**
 * What an editor should recheck in each resource, and why: unknown numbers, addresses and hours,
 * facts from secondary or old sources, a verification more than a year old, old sources. Each
 * finding has a weight; a resource's score is their sum, so a helpline without a number comes first.
 */
import type { Catalogue } from '../../../data/catalogue-schema.ts';
import type { Channel, Resource, Source } from '../../../data/schema.ts';
import { factRefs } from '../../../lib/catalogue/fact-refs.ts';
import { knownHours } from '../../../lib/catalogue/facts.ts';
import { isOldSource, onlySecondary, sourceQuality } from '../../../lib/resource/source-quality.ts';
import { isStale } from '../../../lib/resource/verified.ts';

export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  code: string;
  severity: Severity;
  weight: number;
  /** Field path in the resource, e.g. "channels[0].number" */
  path: string;
  message: string;
  source?: Source;
}

export interface ResourceReview {
  id: string;
  name: string;
  kind: Resource['kind'];
  verified: string;
  score: number;
  findings: Finding[];
  sources: Source[];
}

export interface ReviewReport {
  version: string;
  today: string;
  total: number;
  /** Only resources with something to recheck, the most important first */
  resources: ResourceReview[];
}

const CONTACT_KINDS = new Set<Resource['kind']>(['helpline', 'chat', 'support-service', 'regional-contact']);
const VOICE = new Set<Channel['type']>(['phone', 'sms', 'textphone']);

function finding(code: string, weight: number, path: string, message: string, source?: Source): Finding {
  const severity: Severity = weight >= 50 ? 'high' : weight >= 25 ? 'medium' : 'low';
  return { code, severity, weight, path, message, ...(source ? { source } : {}) };
}

function reachable(channel: Channel): boolean {
  if (VOICE.has(channel.type)) return 'number' in channel && channel.number !== 'unknown';
  if (channel.type === 'chat') return channel.url !== 'unknown';
  if (channel.type === 'email' || channel.type === 'visit') return channel.address !== 'unknown';
  return false;
}

function contactFindings(r: Resource): Finding[] {
  const out: Finding[] = [];
  if (r.kind === 'helpline' && !r.channels.some((c) => c.type === 'phone' && c.number !== 'unknown'))
    out.push(finding('no-number', 100, 'channels', 'a helpline without a known phone number'));
  else if (CONTACT_KINDS.has(r.kind) && !r.channels.some(reachable))
    out.push(
      finding('no-contact', 90, 'channels', 'no known number, chat, e-mail or address to contact it by'),
    );
  r.channels.forEach((c, i) => {
    const at = `channels[${i}]`;
    if ('number' in c && c.number === 'unknown')
      out.push(finding('unknown-number', 40, `${at}.number`, `${c.type} number unknown`));
    if ((c.type === 'chat' && c.url === 'unknown') || ('address' in c && c.address === 'unknown'))
      out.push(finding('unknown-address', 25, at, `${c.type} address unknown`));
    if ('hours' in c && !knownHours(c.hours)) {
      const note = typeof c.hours === 'object' ? ` (known: ${c.hours.note})` : '';
      const weight = c.type === 'visit' ? 10 : 30;
      out.push(finding('unknown-hours', weight, `${at}.hours`, `${c.type} opening hours unknown${note}`));
    }
  });
  return out;
}

function sourceFindings(r: Resource, now: Date): Finding[] {
  const out: Finding[] = [];
  const cited = new Set<string>();
  for (const ref of factRefs(r)) {
    const source = r.sources.find((s) => s.url === ref.url);
    if (!source) continue;
    cited.add(source.url);
    const q = sourceQuality(source, now);
    const dated = source.date ? `, dated ${source.dateInferred ? 'about ' : ''}${source.date}` : '';
    if (ref.path.endsWith('hours.source') && q.old && isComputed(r, ref.path))
      out.push(
        finding(
          'hours-from-old-source',
          50,
          ref.path,
          `open/closed is computed from a source older than three years${dated}: recheck, or write the hours as unknown with a note`,
          source,
        ),
      );
    else if (q.secondary || q.old)
      out.push(
        finding(
          q.secondary ? 'secondary-fact' : 'old-fact',
          35,
          ref.path,
          `${q.secondary ? 'from a secondary source' : 'from an old source'}${dated}: ${source.label}`,
          source,
        ),
      );
  }
  if (onlySecondary(r))
    out.push(
      finding('only-secondary', 30, 'sources', 'every source is secondary: find the organisation’s own page'),
    );
  r.sources.forEach((s, i) => {
    if (!cited.has(s.url) && isOldSource(s.date, now))
      out.push(
        finding(
          'old-source',
          5,
          `sources[${i}]`,
          `source dated ${s.date}, more than three years ago: ${s.label}`,
          s,
        ),
      );
    if (s.kind === undefined)
      out.push(
        finding(
          'unclassified-source',
          3,
          `sources[${i}].kind`,
          `say whether the source is the organisation, an authority or secondary: ${s.label}`,
          s,
        ),
      );
  });
  return out;
}

function isComputed(r: Resource, hoursPath: string): boolean {
  const index = Number(/^channels\[(\d+)\]/.exec(hoursPath)?.[1]);
  const channel = r.channels[index];
  return channel !== undefined && 'hours' in channel && knownHours(channel.hours) !== null;
}

export function reviewResource(r: Resource, today: string): ResourceReview {
  const now = new Date(`${today}T12:00:00Z`);
  const findings = [...contactFindings(r), ...sourceFindings(r, now)];
  if (isStale(r.verified, now))
    findings.push(finding('stale', 50, 'verified', `verified ${r.verified}, more than a year ago`));
  if (r.unknownNote)
    findings.push(finding('unknown-note', 10, 'unknownNote', `still to verify: ${r.unknownNote}`));
  findings.sort((a, b) => b.weight - a.weight);
  const score = findings.reduce((sum, f) => sum + f.weight, 0);
  return { id: r.id, name: r.name, kind: r.kind, verified: r.verified, score, findings, sources: r.sources };
}

export function reviewCatalogue(
  catalogue: Pick<Catalogue, 'version' | 'resources'>,
  today: string,
): ReviewReport {
  const resources = catalogue.resources
    .map((r) => reviewResource(r, today))
    .filter((r) => r.findings.length > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { version: catalogue.version, today, total: catalogue.resources.length, resources };
}
