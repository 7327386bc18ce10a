/**
 * Loads the built Chrome extension (.output/chrome-mv3) into Debian's Chromium through
 * playwright-core and hands tests its id and pages. `npm test` builds before this runs.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/lib/chromium.ts';

export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.HANVISA_OUT_DIR || '.output',
  'chrome-mv3',
);

export interface Extension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  open(page: 'popup' | 'sidepanel' | 'options' | 'handout', query?: string): Promise<Page>;
  /** Runs code in the service worker with the extension APIs as `chrome`. */
  inWorker<T, A = undefined>(fn: (chrome: ChromeApi, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}

/** The slice of the chrome.* API the tests use, typed loosely on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: the real API object, used only inside the browser
export type ChromeApi = any;

export interface LaunchOptions {
  headless?: boolean;
  args?: string[];
  /**
   * Don't load the build: a managed policy force-installs the extension with this id from its
   * update address, as on the region's PCs (tests/e2e/region-package.e2e.ts).
   */
  policyInstalledId?: string;
}

export async function launchExtension({
  headless = true,
  args = [],
  policyInstalledId,
}: LaunchOptions = {}): Promise<Extension> {
  if (!policyInstalledId && !existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No build at ${EXTENSION_DIR}: run \`npx wxt build\` first`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium, or set CHROME_PATH');
  const profile = mkdtempSync(join(tmpdir(), 'hanvisa-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    // As on the region's PCs: Swedish browser, Swedish time.
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    // Playwright's defaults switch extensions off, and background networking carries the
    // extension updater that installs a policy's extensions.
    ...(policyInstalledId
      ? { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] }
      : {}),
    args: [
      ...(policyInstalledId
        ? []
        : [
            `--disable-extensions-except=${EXTENSION_DIR}`,
            `--load-extension=${EXTENSION_DIR}`,
            '--disable-background-networking',
          ]),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  const ours = (w: Worker) =>
    !policyInstalledId || w.url().startsWith(`chrome-extension://${policyInstalledId}/`);
  const worker =
    context.serviceWorkers().find(ours) ??
    (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 90_000 }));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    worker,
    async open(name, query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${name}.html${query}`);
      return page;
    },
    inWorker(fn, arg) {
      const source = `(${fn.toString()})(chrome, ${JSON.stringify(arg ?? null)})`;
      return worker.evaluate(source) as never;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WorkerLogEntry {
  level: 'error' | 'warning' | 'exception';
  text: string;
}

export interface WorkerLog {
  /** Errors, warnings and uncaught exceptions the extension's service worker logged so far */
  entries(): WorkerLogEntry[];
  stop(): Promise<void>;
}

/**
 * Collects what the extension's service worker logs, including uncaught exceptions and unhandled
 * rejections, which Playwright's worker events do not report. Goes through the DevTools protocol
 * of `page` (keep it open) and follows a restarted worker. Earlier messages are replayed on attach.
 */
export async function collectWorkerLog(ext: Extension, page: Page): Promise<WorkerLog> {
  const session = await ext.context.newCDPSession(page);
  const found: WorkerLogEntry[] = [];
  const attached = new Set<string>();
  const ours = (t: { type: string; url: string }) =>
    t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.id}/`);
  const attach = async (targetId: string) => {
    if (attached.has(targetId)) return;
    attached.add(targetId);
    const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.enable' }),
    });
  };
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const m = JSON.parse(message) as { method?: string; params?: Record<string, unknown> };
    if (m.method === 'Runtime.exceptionThrown') {
      const d = m.params?.exceptionDetails as
        | { text?: string; exception?: { description?: string } }
        | undefined;
      found.push({ level: 'exception', text: d?.exception?.description ?? d?.text ?? '' });
    } else if (m.method === 'Runtime.consoleAPICalled') {
      const { type, args } = m.params as { type: string; args: { value?: unknown; description?: string }[] };
      if (type !== 'error' && type !== 'warning') return;
      const text = args
        .map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? '')))
        .join(' ');
      found.push({ level: type, text });
    }
  });
  session.on('Target.targetCreated', ({ targetInfo }) => {
    if (ours(targetInfo)) void attach(targetInfo.targetId).catch(() => undefined);
  });
  await session.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await session.send('Target.getTargets');
  for (const t of targetInfos) if (ours(t)) await attach(t.targetId);
  return {
    entries: () => [...found],
    async stop() {
      await session.detach().catch(() => undefined);
    },
  };
}
