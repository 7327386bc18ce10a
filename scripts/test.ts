/**
 * `npm test`: every check, in the order that fails fastest. Each step is a command; the run stops
 * at the first failure and prints a summary line either way.
 */
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  command: string[];
}

const STEPS: Step[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'biome', 'check', '.'] },
  { name: 'catalogue check', command: ['npx', 'tsx', 'scripts/catalogue.ts', 'check'] },
  { name: 'unit tests', command: ['npx', 'vitest', 'run'] },
  { name: 'build chrome', command: ['npx', 'wxt', 'build'] },
  { name: 'build firefox', command: ['npx', 'wxt', 'build', '-b', 'firefox'] },
  { name: 'lint firefox', command: ['npx', 'tsx', 'scripts/lint-firefox.ts'] },
  { name: 'browser tests chromium', command: ['npx', 'vitest', 'run', '--config', 'vitest.e2e.config.ts'] },
  {
    name: 'browser tests firefox',
    command: ['npx', 'vitest', 'run', '--config', 'vitest.firefox.config.ts'],
  },
];

const only = process.argv.slice(2);
const steps = only.length ? STEPS.filter((s) => only.some((o) => s.name.includes(o))) : STEPS;
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = performance.now();
  const [cmd, ...args] = step.command as [string, ...string[]];
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = run.status === 0;
  results.push({ name: step.name, ok, seconds: (performance.now() - started) / 1000 });
  if (!ok) break;
}
console.log('\nSummary:');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
const skipped = steps.length - results.length;
console.log(
  `steps: ${results.length - failed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exitCode = failed ? 1 : 0;
