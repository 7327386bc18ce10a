import { useEffect, useState } from 'preact/hooks';
import type { Row } from '../lib/catalogue/index-data.ts';
import type { ResourceCardProps } from './ResourceCard.tsx';

type CardModule = typeof import('./ResourceCard.tsx');

let loaded: CardModule | undefined;
let pending: Promise<CardModule> | undefined;

/**
 * The card (channels, hours wording, chips, journal line, QR) is a third of the popup's own code;
 * loading it right after the result list keeps the first paint small and quick.
 */
export function loadResourceCard(): Promise<CardModule> {
  pending ??= import('./ResourceCard.tsx').then((module) => {
    loaded = module;
    return module;
  });
  return pending;
}

export type LazyResourceCardProps = Omit<ResourceCardProps, 'resource' | 'hours'> & { row: Row };

/**
 * A result's card: the card's code and the resource's details (read from the catalogue store when
 * the card opens, lib/catalogue/view.ts) are loaded side by side; until both are in, a busy box.
 */
export function LazyResourceCard({ row, ...props }: LazyResourceCardProps) {
  const [, setReady] = useState(loaded !== undefined);
  useEffect(() => {
    if (!loaded) void loadResourceCard().then(() => setReady(true));
  }, []);
  const detail = props.store.detail(row.id);
  if (!loaded || !detail) return <div class="card" aria-busy="true" />;
  return <loaded.ResourceCard {...props} resource={detail.resource} hours={detail} />;
}
