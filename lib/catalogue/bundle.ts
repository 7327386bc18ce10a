/**
 * Builds the BundledCatalogue: validated data plus what can be computed ahead of time (search
 * strings, opening-hours tables), so that no page builds an index or loads a parser when it
 * opens. Runs at build time for the bundled catalogue and in the background for a remote one.
 */
import type { Catalogue } from '../../data/catalogue-schema.ts';
import { compileHours, DEFAULT_HORIZON_DAYS } from '../hours/compile.ts';
import { HoursCompiler } from '../hours/template.ts';
import type { CompiledHours } from '../hours/types.ts';
import { prepareSearchData, prepareSearchDataSteps } from '../search/prepare.ts';
import type { Synonyms } from '../search/types.ts';
import { type BundledCatalogue, hoursKey } from './bundled.ts';
import { knownHours } from './facts.ts';

export type { BundledCatalogue } from './bundled.ts';

export function themeLabels(catalogue: Pick<Catalogue, 'vocabulary'>): Record<string, string> {
  return Object.fromEntries(catalogue.vocabulary.map((theme) => [theme.id, theme.label]));
}

/** Opening hours of every channel, compiled from `now` over the compiler's default horizon. */
export function compileCatalogueHours(
  catalogue: Pick<Catalogue, 'resources'>,
  now: Date,
): BundledCatalogue['hours'] {
  const hours: BundledCatalogue['hours'] = {};
  // Compiling costs up to a few hundred ms per expression; many channels share one.
  const compiled = new Map<string, CompiledHours>();
  const compile = (osm: string): CompiledHours => {
    const known = compiled.get(osm);
    if (known) return known;
    const result = compileHours(osm, now);
    compiled.set(osm, result);
    return result;
  };
  for (const resource of catalogue.resources) {
    resource.channels.forEach((channel, i) => {
      if (!('hours' in channel)) return;
      const known = knownHours(channel.hours);
      hours[hoursKey(resource.id, i)] = known ? compile(known.osm) : 'unknown';
    });
  }
  return hours;
}

export function bundleCatalogue(
  catalogue: Catalogue,
  synonyms: Synonyms,
  now: Date = new Date(),
): BundledCatalogue {
  return {
    format: 'hanvisa-bundle/1',
    version: catalogue.version,
    compiledAt: now.toISOString(),
    resources: catalogue.resources,
    vocabulary: catalogue.vocabulary,
    parts: catalogue.parts,
    search: prepareSearchData(catalogue.resources, themeLabels(catalogue)),
    synonyms,
    hours: compileCatalogueHours(catalogue, now),
  };
}

/** What bundleCatalogueSteps did, for the benchmark and the options page. */
export interface BundleStats {
  /** Distinct opening-hours expressions */
  expressions: number;
  /** Engine compilations needed for them (one per shape, lib/hours/template.ts) */
  compilations: number;
}

/**
 * bundleCatalogue as a task that pauses between pieces (lib/ingest): every expression is compiled
 * once, expressions of one shape share one compilation, and each compilation pauses between
 * windows of days. The result equals bundleCatalogue's.
 */
export function* bundleCatalogueSteps(
  catalogue: Catalogue,
  synonyms: Synonyms,
  now: Date,
  stats: BundleStats = { expressions: 0, compilations: 0 },
): Generator<void, BundledCatalogue, void> {
  const compiler = new HoursCompiler(now, DEFAULT_HORIZON_DAYS);
  const compiled = new Map<string, CompiledHours>();
  const hours: BundledCatalogue['hours'] = {};
  for (const [r, resource] of catalogue.resources.entries()) {
    // Once most shapes are known a resource costs no compilation, only a copy of its tables.
    if (r % 20 === 19) yield;
    for (const [i, channel] of resource.channels.entries()) {
      if (!('hours' in channel)) continue;
      const known = knownHours(channel.hours);
      if (!known) {
        hours[hoursKey(resource.id, i)] = 'unknown';
        continue;
      }
      let table = compiled.get(known.osm);
      if (!table) {
        table = yield* compiler.compile(known.osm);
        compiled.set(known.osm, table);
      }
      hours[hoursKey(resource.id, i)] = table;
    }
  }
  stats.expressions = compiled.size;
  stats.compilations = compiler.compilations;
  const search = yield* prepareSearchDataSteps(catalogue.resources, themeLabels(catalogue));
  return {
    format: 'hanvisa-bundle/1',
    version: catalogue.version,
    compiledAt: now.toISOString(),
    resources: catalogue.resources,
    vocabulary: catalogue.vocabulary,
    parts: catalogue.parts,
    search,
    synonyms,
    hours,
  };
}
