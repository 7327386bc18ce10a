/**
 * Discreet mode: for when the patient, or whoever came with them, can see the screen. Every
 * surface shows neutral wording: a resource's neutral label from the data instead of its name, no
 * situation words, no reasons, no badge count. Numbers and actions keep working.
 */
import type { Resource } from '../../data/schema.ts';

/** When the data gives no neutral label: what kind of thing it is, which says nothing of why. */
const KIND_LABEL: Record<Resource['kind'], string> = {
  helpline: 'Stödlinje',
  chat: 'Chatt',
  'support-service': 'Stödverksamhet',
  'regional-contact': 'Regional kontakt',
  information: 'Information',
  training: 'Utbildning',
  material: 'Material',
  report: 'Rapport',
  guidance: 'Vägledning för personal',
};

export function neutralName(resource: Pick<Resource, 'kind' | 'neutralName'>): string {
  return resource.neutralName ?? KIND_LABEL[resource.kind];
}

/** The name to show: the neutral label in discreet mode. */
export function shownName(
  resource: Pick<Resource, 'kind' | 'name' | 'neutralName'>,
  discreet: boolean,
): string {
  return discreet ? neutralName(resource) : resource.name;
}

/** This session's choice wins; until the user chooses, the administrator's default. */
export function isDiscreet(session: boolean | null, policyDefault: boolean | undefined): boolean {
  return session ?? policyDefault ?? false;
}
