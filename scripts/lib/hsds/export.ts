/**
 * The catalogue as Open Referral HSDS 3.0 objects: one organization per distinct organisation
 * name, one service per resource with its phones, schedules, service areas and languages.
 * Only what the catalogue says is exported; "unknown" fields are left out, never filled in.
 */
import type { Catalogue } from '../../../data/catalogue-schema.ts';
import { COUNTIES } from '../../../data/counties.ts';
import type { Channel, Resource } from '../../../data/schema.ts';
import { knownCost, knownHours } from '../../../lib/catalogue/facts.ts';
import { toSchedules } from './schedule.ts';
import { uuidV5 } from './uuid.ts';

type Row = Record<string, unknown>;

export interface HsdsExport {
  organizations: Row[];
  services: Row[];
}

const PHONE_TYPES = { phone: 'voice', sms: 'text', textphone: 'textphone' } as const;
const LANGUAGE_NAMES: Record<string, string> = { sv: 'Svenska', en: 'Engelska' };

export const organizationId = (name: string) => uuidV5(`organization:${name}`);
export const serviceId = (resourceId: string) => uuidV5(`service:${resourceId}`);

function phones(resource: Resource, service: string): Row[] {
  return resource.channels.flatMap((channel, i) => {
    if (channel.type !== 'phone' && channel.type !== 'sms' && channel.type !== 'textphone') return [];
    if (channel.number === 'unknown') return [];
    const row: Row = {
      id: uuidV5(`phone:${resource.id}#${i}`),
      service_id: service,
      number: channel.number,
      type: PHONE_TYPES[channel.type],
    };
    if (channel.note) row.description = channel.note;
    return [row];
  });
}

function schedules(resource: Resource, service: string): Row[] {
  return resource.channels.flatMap((channel: Channel, i) => {
    const known = 'hours' in channel ? knownHours(channel.hours) : null;
    if (!known) return [];
    return toSchedules(known.osm, known.note).map((row, j) => ({
      id: uuidV5(`schedule:${resource.id}#${i}#${j}`),
      service_id: service,
      ...row,
      description: `${channel.type}: ${row.description}`,
    }));
  });
}

function serviceAreas(resource: Resource, service: string): Row[] {
  const { coverage } = resource;
  if (coverage === 'unknown') return [];
  if (coverage.scope === 'national')
    return [
      {
        id: uuidV5(`area:${resource.id}#se`),
        service_id: service,
        name: 'Sverige',
        extent_type: 'country',
        extent: 'SE',
      },
    ];
  return coverage.regions.map((code) => ({
    id: uuidV5(`area:${resource.id}#${code}`),
    service_id: service,
    name: COUNTIES[code as keyof typeof COUNTIES] ?? `Län ${code}`,
    extent_type: 'county',
    extent: `SE-${code}`,
  }));
}

function languages(resource: Resource, service: string): Row[] {
  if (resource.languages === 'unknown') return [];
  return resource.languages.languages.map((code) => ({
    id: uuidV5(`language:${resource.id}#${code}`),
    service_id: service,
    code,
    ...(LANGUAGE_NAMES[code] ? { name: LANGUAGE_NAMES[code] } : {}),
  }));
}

function eligibility(resource: Resource): Row {
  const { age, gender, hbtqi, note } = resource.eligibility;
  const parts: string[] = [];
  if (age === 'none') parts.push('Alla åldrar.');
  if (gender !== 'unknown' && !gender.includes('any')) parts.push(`Kön: ${gender.join(', ')}.`);
  if (hbtqi === true) parts.push('Riktar sig till hbtqi-personer.');
  if (note) parts.push(note);
  const row: Row = {};
  if (parts.length) row.eligibility_description = parts.join(' ');
  if (typeof age === 'object') {
    if (age.min !== null) row.minimum_age = age.min;
    if (age.max !== null) row.maximum_age = age.max;
  }
  return row;
}

function toService(resource: Resource): Row {
  const id = serviceId(resource.id);
  const web = resource.channels.find((c) => c.type === 'web');
  const email = resource.channels.find((c) => c.type === 'email' && c.address !== 'unknown');
  const row: Row = {
    id,
    organization_id: organizationId(resource.organisation),
    name: resource.name,
    description: [resource.purpose, resource.description].filter(Boolean).join('\n\n'),
    status: 'active',
    assured_date: resource.verified,
    ...eligibility(resource),
    phones: phones(resource, id),
    schedules: schedules(resource, id),
    service_areas: serviceAreas(resource, id),
    languages: languages(resource, id),
  };
  if (web?.type === 'web') row.url = web.url;
  if (email?.type === 'email' && email.address !== 'unknown') row.email = email.address;
  const cost = knownCost(resource.cost);
  if (cost) row.fees_description = cost.note ?? (cost.free ? 'Kostnadsfritt.' : 'Avgift.');
  if (resource.languages !== 'unknown' && resource.languages.interpreter === true)
    row.interpretation_services = 'Tolk finns.';
  if (resource.urgent) row.alert = resource.urgent;
  return row;
}

/** Guidance entries are advice to staff, not services: HSDS has no place for them. */
export const exportedResources = (resources: readonly Resource[]): Resource[] =>
  resources.filter((r) => r.kind !== 'guidance');

export function toHsds(catalogue: Pick<Catalogue, 'resources'>): HsdsExport {
  const resources = exportedResources(catalogue.resources);
  const byOrganisation = new Map<string, Resource[]>();
  for (const resource of resources) {
    byOrganisation.set(resource.organisation, [
      ...(byOrganisation.get(resource.organisation) ?? []),
      resource,
    ]);
  }
  const organizations = [...byOrganisation].map(([name, resources]) => ({
    id: organizationId(name),
    name,
    description: `Driver ${resources.map((r) => r.name).join(', ')}.`,
  }));
  return { organizations, services: resources.map(toService) };
}
