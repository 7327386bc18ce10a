/**
 * `web-ext lint` (Mozilla's add-on linter, as used by addons.mozilla.org) on the Firefox build.
 * Prints every message; exits non-zero on any error, or on a warning docs/BROWSERS.md does not
 * explain, so a new warning gets looked at instead of piling up.
 * Usage: tsx scripts/lint-firefox.ts [buildDir]   (default: $HANVISA_OUT_DIR/firefox-mv3)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const dir = process.argv[2] ?? resolve(ROOT, process.env.HANVISA_OUT_DIR || '.output', 'firefox-mv3');

/** Warnings that are understood; docs/BROWSERS.md ("web-ext lint") says why each is harmless. */
const EXPLAINED: Record<string, string> = {
  UNSAFE_VAR_ASSIGNMENT: "Preact's DOM renderer supports dangerouslySetInnerHTML; Hänvisa never uses it",
  DANGEROUS_EVAL:
    'zod probes `new Function("")` once to choose its fast path; the extension CSP blocks it and zod falls back',
};

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

if (!existsSync(resolve(dir, 'manifest.json'))) {
  console.error(`No Firefox build at ${dir}: run \`npx wxt build -b firefox\` first`);
  process.exit(2);
}
const run = spawnSync(
  resolve(ROOT, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', dir, '--output', 'json', '--boring'],
  {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  },
);
let report: LintReport;
try {
  report = JSON.parse(run.stdout) as LintReport;
} catch {
  console.error('web-ext lint gave no JSON report:\n', run.stdout, run.stderr);
  process.exit(2);
}

const where = (m: LintMessage) => (m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '');
for (const m of report.errors) console.log(`error    ${m.code}: ${m.message}${where(m)}`);
for (const m of report.warnings) {
  const why = EXPLAINED[m.code];
  console.log(
    `warning  ${m.code}: ${m.message}${where(m)}${why ? `\n         explained: ${why}` : '\n         NOT EXPLAINED'}`,
  );
}
for (const m of report.notices) console.log(`notice   ${m.code}: ${m.message}${where(m)}`);
const unexplained = report.warnings.filter((m) => !EXPLAINED[m.code]);
console.log(
  `web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`,
);
process.exitCode = report.errors.length > 0 || unexplained.length > 0 ? 1 : 0;
