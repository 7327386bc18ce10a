/**
 * Keeps the remote catalogue current: on start, at the policy's interval (chrome.alarms) and when
 * the policy changes. Without a configured address it makes no request at all and removes any
 * remote catalogue stored earlier.
 *
 * A fetched document is taken into use in pieces in the service worker (catalogue-ingest.ts), the
 * last good catalogue in use all along. When the policy lists signing keys, the signature is
 * checked on the exact text received, before any of it is parsed (lib/catalogue/signature.ts); only
 * the verified document is taken in.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_REFRESH_MINUTES, type Policy } from '../../data/policy-schema.ts';
import { importTrustedKeys, type TrustedKey, verifyOutcome } from '../../lib/catalogue/signature.ts';
import {
  applyOutcome,
  conditionalEtag,
  isDue,
  type RemoteState,
  trustedUnder,
} from '../../lib/remote/remote-catalogue.ts';
import { catalogueByteLimit, fetchCatalogue } from '../../lib/remote/remote-fetch.ts';
import { storedCatalogueUrl } from '../../platform/catalogue.ts';
import { clearCatalogues } from '../../platform/catalogue-db.ts';
import { getEffectivePolicy, onPolicyChanged } from '../../platform/policy.ts';
import { remoteCatalogueItem, remoteStateItem } from '../../platform/remote-catalogue.ts';
import { ingest } from './catalogue-ingest.ts';

const ALARM = 'catalogue-refresh';
let running: Promise<RemoteState> | null = null;

/** The stored remote catalogue, in IndexedDB and any copy an earlier version kept, is dropped. */
async function dropStoredCatalogue(): Promise<void> {
  await remoteCatalogueItem.removeValue();
  await clearCatalogues().catch((error: unknown) =>
    console.warn('Hänvisa: clearing the catalogue store', error),
  );
}

async function clearRemote(): Promise<RemoteState> {
  await browser.alarms.clear(ALARM);
  await dropStoredCatalogue();
  await remoteStateItem.removeValue();
  return remoteStateItem.getValue();
}

/** The policy's signing keys; null when it lists none, so signatures are not required. */
async function policyKeys(policy: Policy): Promise<TrustedKey[] | null> {
  if (policy.catalogueKeys === undefined) return null;
  const { keys, problems } = await importTrustedKeys(policy.catalogueKeys);
  for (const problem of problems) console.warn(`Hänvisa: policy catalogueKeys: ${problem}`);
  return keys;
}

async function refreshFrom(url: string, policy: Policy): Promise<RemoteState> {
  const previous = await remoteStateItem.getValue();
  const keys = await policyKeys(policy);
  // A copy no key of the policy verified (stored before keys were set, or signed by a key since
  // removed) is not used a moment longer: the bundled catalogue until a verified one arrives.
  const trusted = trustedUnder(previous.good, keys ? keys.map((k) => k.keyId) : null);
  if (!trusted) await dropStoredCatalogue();
  // Without a usable stored copy (none, damaged, or stored by a version before situations) a
  // "304 Not Modified" would leave the bundled catalogue in use: fetch the document in full.
  const stored = trusted ? await storedCatalogueUrl() : null;
  const usable = stored === url;
  const base = usable ? previous : { ...previous, good: null };
  const maxBytes = catalogueByteLimit(policy.catalogueMaxMB);
  // The signature is checked on the exact text received, before anything is parsed or stored.
  const outcome = await verifyOutcome(
    await fetchCatalogue(url, usable ? conditionalEtag(previous, url) : null, { maxBytes }),
    keys,
  );
  // Without a usable stored copy, the same version is taken in again as if nothing were stored.
  const step =
    outcome.kind === 'body'
      ? await ingest(
          base,
          url,
          outcome.body,
          outcome.etag,
          outcome.bytes ?? outcome.body.byteLength,
          outcome.signedBy ?? null,
        )
      : applyOutcome(base, url, outcome, new Date(), () => {
          throw new Error('no body');
        });
  if (step.state.error) console.warn(`Hänvisa: catalogue refresh from ${url}: ${step.state.error.detail}`);
  await remoteStateItem.setValue(step.state);
  return step.state;
}

/** One refresh now (no-op without an address); concurrent callers share the running one. */
export function refreshCatalogue(policy?: Policy): Promise<RemoteState> {
  running ??= (async () => {
    const effective = policy ?? (await getEffectivePolicy());
    const url = effective.catalogueUrl;
    return url ? refreshFrom(url, effective) : clearRemote();
  })().finally(() => {
    running = null;
  });
  return running;
}

async function keyIdsOf(texts: string[]): Promise<string[]> {
  return (await importTrustedKeys(texts)).keys.map((k) => k.keyId);
}

async function schedule(policy: Policy): Promise<void> {
  if (!policy.catalogueUrl) {
    await clearRemote();
    return;
  }
  const minutes = policy.refreshMinutes ?? DEFAULT_REFRESH_MINUTES;
  const existing = await browser.alarms.get(ALARM);
  if (existing?.periodInMinutes !== minutes) browser.alarms.create(ALARM, { periodInMinutes: minutes });
  const state = await remoteStateItem.getValue();
  // Keys added or removed in the policy: the copy in use is checked against them now.
  const keyIds = policy.catalogueKeys === undefined ? null : await keyIdsOf(policy.catalogueKeys);
  // The state says a catalogue is in use but none is stored (an update changed how it is stored,
  // or the browser cleared the store): take it in again now, not at the next interval.
  const missing =
    state.good?.url === policy.catalogueUrl && (await storedCatalogueUrl()) !== policy.catalogueUrl;
  if (missing || isDue(state, policy.catalogueUrl, minutes, new Date()) || !trustedUnder(state.good, keyIds))
    await refreshCatalogue(policy);
}

/** Wires the refresh into the background; called once per service-worker start. */
export function startCatalogueRefresh(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshCatalogue();
  });
  onPolicyChanged(({ policy }) => {
    void schedule(policy);
  });
  getEffectivePolicy().then(schedule, (error: unknown) => console.error('Hänvisa: catalogue refresh', error));
}
