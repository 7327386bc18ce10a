/**
 * Reads Chromium's net-log (--log-net-log) and sorts every URL request by who made it: a page or
 * an extension (it has an origin as initiator, or an extension's network isolation key, or the
 * renderer's resource-loader/navigation annotation) or one of the browser's own services
 * (component updates, account checks, autofill hints), which no extension can cause or see.
 */
import { readFileSync } from 'node:fs';

export interface NetRequest {
  url: string;
  initiator: string;
  isolationKey: string;
  annotation: number | null;
  /** True when a page, a content script or an extension page/worker made it */
  fromWeb: boolean;
}

/** Traffic annotations of requests a renderer makes: resource loads (fetch, XHR, subresources) and navigations. */
const RENDERER_ANNOTATIONS = new Set([101845102, 63171670]);

interface NetEvent {
  type: number;
  source: { id: number };
  params?: Record<string, unknown>;
}

export function readNetLog(path: string): { raw: string; requests: NetRequest[] } {
  const raw = readFileSync(path, 'utf8');
  let data: { constants: { logEventTypes: Record<string, number> }; events: NetEvent[] };
  try {
    data = JSON.parse(raw);
  } catch {
    // A browser killed mid-write leaves the events list open.
    data = JSON.parse(`${raw.trimEnd().replace(/,$/, '')}]}`);
  }
  const types = data.constants.logEventTypes;
  const bySource = new Map<number, Partial<NetRequest>>();
  for (const e of data.events) {
    const p = e.params ?? {};
    const entry = bySource.get(e.source.id) ?? {};
    if (e.type === types.REQUEST_ALIVE && 'traffic_annotation' in p)
      entry.annotation = Number(p.traffic_annotation ?? NaN);
    // The end of an event repeats its type without params: only the start carries them.
    if (e.type === types.URL_REQUEST_START_JOB && 'url' in p) {
      entry.url = String(p.url ?? '');
      entry.initiator = String(p.initiator ?? '');
      entry.isolationKey = String(p.network_isolation_key ?? '');
    }
    bySource.set(e.source.id, entry);
  }
  const requests: NetRequest[] = [];
  for (const r of bySource.values()) {
    if (!r.url || !/^(https?|wss?):/.test(r.url)) continue;
    const annotation = r.annotation ?? null;
    const initiator = r.initiator ?? '';
    const isolationKey = r.isolationKey ?? '';
    const fromWeb =
      /^(https?|chrome-extension):\/\//.test(initiator) ||
      isolationKey.includes('chrome-extension://') ||
      (annotation !== null && RENDERER_ANNOTATIONS.has(annotation));
    requests.push({ url: r.url, initiator, isolationKey, annotation, fromWeb });
  }
  return { raw, requests };
}
