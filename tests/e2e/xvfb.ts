/**
 * A virtual X display and real key presses for the browser tests that need them: keys typed by
 * Playwright never reach the extension's `commands`, key events from the X server do. The test
 * starts its own Xvfb, so `npm test` needs no xvfb-run wrapper.
 */
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Why real key tests cannot run here, or null when they can. */
export function missingTools(): string | null {
  const missing = ['Xvfb', 'xdotool'].filter(
    (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0,
  );
  return missing.length
    ? `${missing.join(' and ')} not installed (Debian: apt-get install xvfb xdotool)`
    : null;
}

export interface Display {
  name: string;
  key(combo: string): Promise<void>;
  /** Types text as X key events, as a user would (the address bar sees nothing Playwright types). */
  type(text: string): Promise<void>;
  /** Moves the pointer to screen coordinates and clicks: 1 left, 3 right. */
  click(x: number, y: number, button?: 1 | 3): Promise<void>;
  stop(): void;
}

function freeDisplay(): number {
  for (let n = 99; n < 160; n++)
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  throw new Error('no free X display number');
}

export async function startDisplay(): Promise<Display> {
  const n = freeDisplay();
  const name = `:${n}`;
  const server: ChildProcess = spawn('Xvfb', [name, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  const started = Date.now();
  while (!existsSync(`/tmp/.X11-unix/X${n}`)) {
    if (server.exitCode !== null || Date.now() - started > 10_000)
      throw new Error(`Xvfb ${name} did not start`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const env = { ...process.env, DISPLAY: name };
  return {
    name,
    async key(combo) {
      await run('xdotool', ['key', '--clearmodifiers', combo], { env });
    },
    async type(text) {
      await run('xdotool', ['type', '--clearmodifiers', '--delay', '40', '--', text], { env });
    },
    async click(x, y, button = 1) {
      await run('xdotool', ['mousemove', '--sync', String(x), String(y), 'click', String(button)], { env });
    },
    stop() {
      server.kill();
    },
  };
}
