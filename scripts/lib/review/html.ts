/**
 * The review as one self-contained page an editor opens in a browser: no scripts, no external
 * files, every source linked. All catalogue text is escaped.
 */
import type { Source } from '../../../data/schema.ts';
import type { Finding, ResourceReview, ReviewReport } from './findings.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d1d1d; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin: 1.6rem 0 0.3rem; }
.meta, .path, .kind { color: #555; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; vertical-align: top; padding: 0.25rem 0.5rem; border-bottom: 1px solid #ddd; }
.sev { font-weight: 600; text-transform: uppercase; font-size: 0.8rem; white-space: nowrap; }
.high { color: #8a1212; } .medium { color: #5c3c00; } .low { color: #555; }
code { font-size: 0.85rem; }
`;

function sourceLink(source: Source): string {
  const facts = [source.kind, source.date && (source.dateInferred ? `about ${source.date}` : source.date)]
    .filter(Boolean)
    .join(', ');
  const link = `<a href="${escapeHtml(source.url)}" rel="noopener noreferrer">${escapeHtml(source.label)}</a>`;
  return facts ? `${link} <span class="kind">(${escapeHtml(facts)})</span>` : link;
}

function findingRow(f: Finding): string {
  return `<tr><td class="sev ${f.severity}">${f.severity}</td><td><code class="path">${escapeHtml(f.path)}</code></td><td>${escapeHtml(f.message)}${f.source ? `<br>${sourceLink(f.source)}` : ''}</td></tr>`;
}

function resourceSection(r: ResourceReview, n: number): string {
  return `<section id="${escapeHtml(r.id)}">
<h2>${n}. ${escapeHtml(r.name)} <span class="meta">(${escapeHtml(r.id)}, ${escapeHtml(r.kind)}, score ${r.score}, verified ${escapeHtml(r.verified)})</span></h2>
<table><tbody>
${r.findings.map(findingRow).join('\n')}
</tbody></table>
<details><summary>Sources (${r.sources.length})</summary><ul>
${r.sources.map((s) => `<li>${sourceLink(s)}</li>`).join('\n')}
</ul></details>
</section>`;
}

export function reviewHtml(report: ReviewReport): string {
  const title = `Catalogue review ${report.version}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${report.resources.length} of ${report.total} resources to recheck, the most important first. Made ${escapeHtml(report.today)} by <code>npm run catalogue -- review</code>.</p>
<ol>
${report.resources.map((r) => `<li><a href="#${escapeHtml(r.id)}">${escapeHtml(r.name)}</a> <span class="meta">score ${r.score}</span></li>`).join('\n')}
</ol>
${report.resources.map((r, i) => resourceSection(r, i + 1)).join('\n')}
</body>
</html>
`;
}
