/**
 * The name a line goes by on the patient's handout: the neutral label the data keeps for discreet
 * mode, never the real name. A name without a sensitive word can still tell (an acronym such as
 * KAST or ECPAT stands for what the service is about), so no name is judged safe by its words.
 */
import type { Resource } from '../../data/schema.ts';
import type { Locale } from '../i18n/i18n.ts';
import { neutralName } from '../resource/discreet.ts';
import { sensitiveIn } from '../resource/sensitive-words.ts';

/** When the data gives no English neutral label: what kind of thing it is. */
const KIND_LABEL_EN: Record<Resource['kind'], string> = {
  helpline: 'Helpline',
  chat: 'Chat',
  'support-service': 'Support service',
  'regional-contact': 'Regional contact',
  information: 'Information',
  training: 'Training',
  material: 'Material',
  report: 'Report',
  guidance: 'Guidance for staff',
};

function kindLabel(kind: Resource['kind'], locale: Locale): string {
  return locale === 'en' ? KIND_LABEL_EN[kind] : neutralName({ kind, neutralName: undefined });
}

/** The neutral label in the slip's language; the kind when a catalogue's label would tell. */
export function slipLabel(resource: Pick<Resource, 'kind' | 'neutralName' | 'en'>, locale: Locale): string {
  const label =
    locale === 'en' ? (resource.en?.neutralName ?? KIND_LABEL_EN[resource.kind]) : neutralName(resource);
  return sensitiveIn(label).length === 0 ? label : kindLabel(resource.kind, locale);
}
