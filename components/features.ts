/**
 * Which parts of the interface the administrator switched off (policy `disabledFeatures`, and
 * `pageContext: false`). Given by the surface through a context so that deep components (the
 * card, the star, the result tags) hide themselves without every layer passing it on.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Feature } from '../data/policy-schema.ts';

export type FeaturesOff = ReadonlySet<Feature>;

export const NONE_OFF: FeaturesOff = new Set();

export const FeaturesContext = createContext<FeaturesOff>(NONE_OFF);

export function useFeatureOff(feature: Feature): boolean {
  return useContext(FeaturesContext).has(feature);
}
