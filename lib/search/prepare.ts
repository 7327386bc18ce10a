/**
 * Build-time step: turns resources into the plain data the searcher scans. Runs in the
 * catalogue build (or a test), never when the popup opens.
 */
import { COUNTIES, type CountyCode } from '../../data/counties.ts';
import type { Resource } from '../../data/schema.ts';
import { fold, phoneDigits } from './fold.ts';
import type { SearchData } from './types.ts';

// Any non-alphanumeric run is a term boundary for uFuzzy, so fields stay separable but a
// multi-word query may still span them ("pegasus rfsl").
const SEP = ' | ';

function numbers(resource: Resource): string {
  const out: string[] = [];
  for (const channel of resource.channels) {
    if (
      (channel.type === 'phone' || channel.type === 'sms' || channel.type === 'textphone') &&
      channel.number !== 'unknown'
    ) {
      out.push(phoneDigits(channel.number));
    }
  }
  return out.join(' ');
}

/** Where it is: municipalities, county names and visit addresses, so "… halmstad" finds it. */
function places(resource: Resource): string {
  const out: string[] = [];
  const c = resource.coverage;
  if (c !== 'unknown' && c.scope === 'regions') {
    out.push(...(c.municipalities ?? []));
    for (const code of c.regions) out.push(COUNTIES[code as CountyCode] ?? '');
  }
  for (const channel of resource.channels) {
    if (channel.type === 'visit' && channel.address !== 'unknown') out.push(channel.address);
  }
  return out.filter((p) => p !== '').join(SEP);
}

/** The county codes it covers for the home-region order: "*" national, "" not known. */
function regions(resource: Resource): string {
  const c = resource.coverage;
  if (c === 'unknown') return '';
  return c.scope === 'national' ? '*' : c.regions.join(' ');
}

/**
 * @param themeLabels optional Swedish labels per theme id (from data/vocabulary), searched
 *   beside the id itself so "Sexuellt våld" and "sexuellt-vald" both work.
 */
export function prepareSearchData(
  resources: readonly Resource[],
  themeLabels: Readonly<Record<string, string>> = {},
): SearchData {
  const data = emptySearchData();
  for (const r of resources) addResource(data, r, themeLabels);
  return data;
}

/** prepareSearchData as a task that pauses every 25 resources (lib/ingest). */
export function* prepareSearchDataSteps(
  resources: readonly Resource[],
  themeLabels: Readonly<Record<string, string>> = {},
): Generator<void, SearchData, void> {
  const data = emptySearchData();
  for (const [i, r] of resources.entries()) {
    addResource(data, r, themeLabels);
    if (i % 25 === 24) yield;
  }
  return data;
}

function emptySearchData(): SearchData {
  return {
    format: 'hanvisa-search/1',
    ids: [],
    primary: [],
    primaryOffsets: [],
    secondary: [],
    secondaryOffsets: [],
    phones: [],
    regions: [],
    kinds: [],
  };
}

function addResource(data: SearchData, r: Resource, themeLabels: Readonly<Record<string, string>>): void {
  const name = fold(r.name);
  const keywords = fold(r.keywords.join(SEP));
  const organisation = fold(r.organisation);
  // Guidance is not ranked (no `serves`) but is about situations all the same.
  const about = r.kind === 'guidance' ? r.situations : Object.keys(r.serves);
  const themes = fold(about.map((t) => [t, themeLabels[t] ?? ''].join(' ')).join(SEP));
  const kwStart = name.length + SEP.length;
  const orgStart = kwStart + keywords.length + SEP.length;
  const themeStart = orgStart + organisation.length + SEP.length;
  const placeStart = themeStart + themes.length + SEP.length;
  data.ids.push(r.id);
  data.primary.push([name, keywords, organisation, themes, fold(places(r))].join(SEP));
  data.primaryOffsets.push([kwStart, orgStart, themeStart, placeStart]);
  const purpose = fold(r.purpose);
  // A guidance entry is found by its steps too ("orosanmälan", "spårsäkringssats").
  const steps = r.kind === 'guidance' ? r.steps.map((s) => s.text) : [];
  const description = fold([r.description ?? '', ...steps].join(' '));
  data.secondary.push([purpose, description].join(SEP));
  data.secondaryOffsets.push(purpose.length + SEP.length);
  data.phones.push(numbers(r));
  data.regions?.push(regions(r));
  data.kinds?.push(r.kind);
}
