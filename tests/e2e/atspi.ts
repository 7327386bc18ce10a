/**
 * Reads the browser's own UI (context menus, the address bar's suggestions) through the Linux
 * accessibility bus, AT-SPI, as a screen reader would: neither Playwright nor the DevTools
 * protocol can see native menus. The test starts its own D-Bus session; AT-SPI's bus and
 * registry are started by D-Bus on first use. Calls go through `gdbus` (no D-Bus client in Node).
 */
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Why AT-SPI cannot be used here, or null when it can. */
export function missingAtspi(): string | null {
  const missing = ['dbus-daemon', 'gdbus'].filter(
    (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0,
  );
  if (spawnSync('sh', ['-c', 'test -x /usr/libexec/at-spi-bus-launcher']).status !== 0)
    missing.push('at-spi2-core');
  return missing.length
    ? `${missing.join(', ')} not installed (Debian: apt-get install dbus-daemon libglib2.0-bin at-spi2-core)`
    : null;
}

export interface AxNode {
  dest: string;
  path: string;
  role: string;
  name: string;
}

export interface Atspi {
  /** Every node under the browser's windows whose role matches; `within` skips other subtrees by name. */
  find(role: RegExp, within?: (frameName: string) => boolean): Promise<AxNode[]>;
  /** Screen position of a node's centre, for a real mouse click. */
  centre(node: AxNode): Promise<{ x: number; y: number }>;
  stop(): void;
}

/**
 * Starts a D-Bus session for the browser launched after this (it reads the address from the
 * environment) and switches accessibility on, so Chromium exposes its native UI.
 */
export async function startAtspi(): Promise<Atspi> {
  const daemon: ChildProcess = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    daemon.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    daemon.once('exit', () => reject(new Error('dbus-daemon exited')));
  });
  process.env.DBUS_SESSION_BUS_ADDRESS = address;
  process.env.ACCESSIBILITY_ENABLED = '1';
  const session = ['call', '--address', address, '--dest', 'org.a11y.Bus', '--object-path', '/org/a11y/bus'];
  await run('gdbus', [
    ...session,
    '--method',
    'org.freedesktop.DBus.Properties.Set',
    'org.a11y.Status',
    'IsEnabled',
    '<true>',
  ]);
  const { stdout } = await run('gdbus', [...session, '--method', 'org.a11y.Bus.GetAddress']);
  const a11y = /'([^']+)'/.exec(stdout)?.[1];
  if (!a11y) throw new Error(`no AT-SPI bus address in ${stdout}`);

  const call = async (dest: string, path: string, method: string, ...args: string[]) =>
    (
      await run(
        'gdbus',
        ['call', '--address', a11y, '--dest', dest, '--object-path', path, '--method', method, ...args],
        { timeout: 5_000 },
      )
    ).stdout;
  const children = async (dest: string, path: string) => {
    const out = await call(dest, path, 'org.a11y.atspi.Accessible.GetChildren');
    // GVariant text names the type only on the first element: (':1.0', objectpath '/…'), (':1.0', '/…')
    return [...out.matchAll(/\('([^']+)', (?:objectpath )?'([^']+)'\)/g)]
      .map((m) => ({ dest: m[1] ?? '', path: m[2] ?? '' }))
      .filter((n) => !n.path.endsWith('/null'));
  };
  const describe = async (dest: string, path: string): Promise<AxNode> => {
    const [role, name] = await Promise.all([
      call(dest, path, 'org.a11y.atspi.Accessible.GetRoleName'),
      call(dest, path, 'org.freedesktop.DBus.Properties.Get', 'org.a11y.atspi.Accessible', 'Name'),
    ]);
    return { dest, path, role: /'([^']*)'/.exec(role)?.[1] ?? '', name: unquote(name) };
  };

  return {
    async find(role, within = () => true) {
      // Children are read in parallel, results kept in screen-reader order.
      const walk = async (dest: string, path: string, depth: number): Promise<AxNode[]> => {
        const node = await describe(dest, path);
        if (depth === 2 && node.role === 'frame' && !within(node.name)) return [];
        const below = await Promise.all(
          (await children(dest, path)).map((c) => walk(c.dest, c.path, depth + 1)),
        );
        return [...(role.test(node.role) ? [node] : []), ...below.flat()];
      };
      const apps = await children('org.a11y.atspi.Registry', '/org/a11y/atspi/accessible/root');
      const found = (await Promise.all(apps.map((app) => walk(app.dest, app.path, 1)))).flat();
      return found;
    },
    async centre(node) {
      // Coordinate type 0: the screen.
      const out = await call(node.dest, node.path, 'org.a11y.atspi.Component.GetExtents', '0');
      const [x = 0, y = 0, w = 0, h = 0] = (/\(([-\d]+), ([-\d]+), ([-\d]+), ([-\d]+)\)/.exec(out) ?? [])
        .slice(1)
        .map(Number);
      if (w <= 0 || h <= 0) throw new Error(`${node.role} “${node.name}” has no size on screen`);
      return { x: Math.round(x + w / 2), y: Math.round(y + h / 2) };
    },
    stop() {
      daemon.kill();
    },
  };
}

/** gdbus prints a string variant as (<'text'>,) with \' and \\ escapes, or with "…" when it holds a '. */
function unquote(out: string): string {
  const m = /<(['"])((?:\\.|(?!\1).)*)\1>/s.exec(out);
  return (m?.[2] ?? '').replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}
