import { useEffect, useState } from 'preact/hooks';
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

export function LazyResourceCard(props: ResourceCardProps) {
  const [, setReady] = useState(loaded !== undefined);
  useEffect(() => {
    if (!loaded) void loadResourceCard().then(() => setReady(true));
  }, []);
  if (!loaded) return <div class="card" aria-busy="true" />;
  return <loaded.ResourceCard {...props} />;
}
