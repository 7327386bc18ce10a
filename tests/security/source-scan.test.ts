/**
 * A second line behind the biome plugin (tests/security/no-html-sinks.grit): scans every source
 * file of the extension for HTML-string sinks and code-from-string calls. Comments are stripped
 * first so a comment that names a sink (to say it is not used) does not fail the scan.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DIRS = ['components', 'entrypoints', 'lib', 'platform'];

const FORBIDDEN: { name: string; re: RegExp }[] = [
  { name: 'innerHTML', re: /\.\s*innerHTML\b/ },
  { name: 'outerHTML', re: /\.\s*outerHTML\b/ },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', re: /\bdocument\s*\.\s*write(ln)?\s*\(/ },
  { name: 'dangerouslySetInnerHTML', re: /\bdangerouslySetInnerHTML\b/ },
  { name: 'eval(', re: /(^|[^.\w$])eval\s*\(/ },
  { name: 'new Function(', re: /\bnew\s+Function\s*\(/ },
  { name: 'setTimeout with a string', re: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\b/ },
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs|html)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Drops // and /* *\/ comments (strings are kept: a sink name inside a string is still suspect). */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function findSinks(source: string): string[] {
  const code = stripComments(source);
  return FORBIDDEN.filter(({ re }) => re.test(code)).map(({ name }) => name);
}

describe('source scan: no HTML-string sinks and no code from strings in our code', () => {
  const files = DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('flags every forbidden construct (the scanner itself works)', () => {
    const samples = [
      'el.innerHTML = x',
      'el . outerHTML',
      "el.insertAdjacentHTML('beforeend', s)",
      "document.write('<p>')",
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
      'const v = eval(code)',
      "const f = new Function('a', body)",
      "setTimeout('alert(1)', 10)",
      'range.createContextualFragment(s)',
    ];
    for (const sample of samples) expect(findSinks(sample), sample).toHaveLength(1);
    expect(findSinks('/* no innerHTML here */ const x = 1; // nor eval(')).toEqual([]);
    expect(findSinks('retrieval(x); medieval (y)')).toEqual([]);
  });

  it.each(DIRS)('%s/ contains none of them', (dir) => {
    const offenders = files
      .filter((f) => f.startsWith(join(ROOT, dir)))
      .flatMap((f) => findSinks(readFileSync(f, 'utf8')).map((sink) => `${relative(ROOT, f)}: ${sink}`));
    expect(offenders).toEqual([]);
  });
});
