/**
 * Facts that point to a source by url (a channel, its hours, its not showing on the phone bill,
 * the cost, a site's age limit, a guidance step or law reference): every such url must be one of
 * the resource's `sources`, so the card can say how sure the fact is and an editor can follow it.
 */
import type { Resource } from '../../data/schema.ts';

export interface FactRef {
  /** Field path, e.g. "channels[0].hours.source" */
  path: string;
  url: string;
}

/** Every source reference in a resource, with where it stands. */
export function factRefs(resource: Resource): FactRef[] {
  const refs: FactRef[] = [];
  const add = (path: string, url: string | undefined) => {
    if (url !== undefined) refs.push({ path, url });
  };
  resource.channels.forEach((channel, i) => {
    add(`channels[${i}].source`, channel.source);
    if ('hours' in channel && typeof channel.hours === 'object')
      add(`channels[${i}].hours.source`, channel.hours.source);
    if ('notOnPhoneBill' in channel)
      add(`channels[${i}].notOnPhoneBill.source`, channel.notOnPhoneBill?.source);
  });
  if (typeof resource.cost === 'object') add('cost.source', resource.cost.source);
  resource.eligibility.ageBySite?.forEach((site, i) => {
    add(`eligibility.ageBySite[${i}].source`, site.source);
  });
  if (resource.kind === 'guidance') {
    resource.steps.forEach((step, i) => {
      add(`steps[${i}].source`, step.source);
    });
    resource.law.forEach((law, i) => {
      add(`law[${i}].source`, law.source);
    });
  }
  return refs;
}

/** Problems with a resource's source references, each with its field path and what to fix. */
export function factRefProblems(resource: Resource): { path: string; message: string }[] {
  const urls = new Set(resource.sources.map((s) => s.url));
  return factRefs(resource)
    .filter((ref) => !urls.has(ref.url))
    .map((ref) => ({
      path: ref.path,
      message: `"${ref.url}" is not in this resource's sources: add it to \`sources\` or correct the url`,
    }));
}
