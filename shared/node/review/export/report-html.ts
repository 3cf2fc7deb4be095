// The trace report as one self-contained HTML file with a print stylesheet: no scripts, no external resources
// (a CSP forbids any), every piece of document text escaped.
import type { ReportCommitment, ReportProvision, TraceReport } from './report-model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6470; --rule: #d5d9df; --quote: #f5f6f8;
  --confirmed: #1f7a3a; --user: #6b3fa0; --confident: #1f5f9e; --proposed: #8a6100; --rejected: #7a7f87; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 Georgia, "Times New Roman", "DejaVu Serif", serif; color: var(--ink); margin: 2.5rem auto; max-width: 48rem; padding: 0 1.5rem; }
h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; line-height: 1.25; break-after: avoid; }
h1 { font-size: 20pt; margin: 0 0 .4rem; }
h2 { font-size: 14pt; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 12pt; margin: 1.6rem 0 .3rem; }
h4 { font-size: 10.5pt; margin: 1rem 0 .2rem; }
.date, .filters, .cite, .meta { color: var(--muted); font-size: 9.5pt; }
.cite { font-style: italic; margin: 0 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font: 9.5pt/1.35 "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--rule); padding: .25rem .4rem; }
th { border-bottom: 1.5px solid var(--ink); }
caption { text-align: left; padding: 0 .4rem .2rem; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
blockquote { margin: .3rem 0 .6rem; padding: .35rem .7rem; background: var(--quote); border-left: 3px solid var(--rule); }
blockquote p { margin: 0; }
blockquote footer { color: var(--muted); font-size: 9pt; margin-top: .2rem; }
.commitment-text { margin: .2rem 0 .6rem; }
.status { font: bold 8.5pt/1 "Helvetica Neue", Arial, sans-serif; text-transform: uppercase; letter-spacing: .03em; white-space: nowrap; }
.status-confirmed { color: var(--confirmed); } .status-by-hand { color: var(--user); } .status-confident { color: var(--confident); }
.status-proposed { color: var(--proposed); } .status-rejected { color: var(--rejected); } .status-confirmed-no-longer-inferred { color: var(--confirmed); }
.official { white-space: pre-line; }
.official-label, .meta, .cite { break-after: avoid; }
.none { color: var(--muted); font-style: italic; }
table.summary col.provision { width: 28%; } table.summary col.status { width: 17%; } table.summary col.score { width: 8%; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-before: auto; }
  tr, blockquote { break-inside: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}`;

function statusClass(status: string): string {
  return `status status-${status.replace(/[^a-z]+/g, '-').replace(/-$/, '')}`;
}

function provisionHtml(p: ReportProvision): string {
  const e = escapeHtml;
  return `
<section class="provision">
<h4>${e(p.label)}${p.title !== p.label ? ` — ${e(p.title)}` : ''}</h4>
<p class="meta"><span class="${statusClass(p.status)}">${e(p.status)}</span>${p.isNew ? ' · new' : ''} ${p.scoreText === '—' ? '' : ` · score ${p.scoreText} · ${e(p.kinds)}`}</p>
<p class="cite">${e(p.citation)}${p.citationRu ? `; ${e(p.citationRu)}` : ''}</p>
${p.reason ? `<p><strong>${p.status === 'by hand' ? 'Note' : 'Reason'}:</strong> ${e(p.reason)}</p>` : ''}
${p.evidence.map((ev) => `<blockquote><p>“${e(ev.quote)}”</p><footer>${e(ev.citation)}</footer></blockquote>`).join('\n')}
${p.officialText ? `<p class="official-label"><strong>Official text</strong> (${e(p.officialText.label)}):</p><blockquote class="official" lang="ru"><p>${e(p.officialText.text)}</p></blockquote>` : '<p class="none">The corpus does not hold the official text of this instrument.</p>'}
</section>`;
}

function commitmentHtml(c: ReportCommitment, sectionHeading: string): string {
  const e = escapeHtml;
  const summary = c.provisions.length
    ? `<table class="summary"><colgroup><col class="provision"><col class="status"><col class="score"><col></colgroup><thead><tr><th>Provision</th><th>Status</th><th>Score</th><th>Evidence</th></tr></thead><tbody>
${c.provisions.map((p) => `<tr><td>${e(p.label)}</td><td><span class="${statusClass(p.status)}">${e(p.status)}</span></td><td class="num">${p.scoreText}</td><td>${p.evidence.map((ev) => e(ev.label)).join('; ')}</td></tr>`).join('\n')}
</tbody></table>${c.provisions.map(provisionHtml).join('\n')}`
    : '<p class="none">No provision is linked to this commitment (with the filters of this report).</p>';
  return `${sectionHeading}
<article class="commitment">
<h3>${e(c.label)}</h3>
<p class="cite">${e(c.citation)}</p>
<p class="commitment-text">${e(c.text)}</p>
${summary}
</article>`;
}

export function reportHtml(report: TraceReport): string {
  const e = escapeHtml;
  let section = '';
  const body = report.commitments
    .map((c) => {
      const heading = c.section !== section ? `<h2>${e(c.section || 'Commitments')}</h2>` : '';
      section = c.section;
      return commitmentHtml(c, heading);
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Lextrace">
<title>${e(report.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<header>
<h1>${e(report.title)}</h1>
<p class="date">Exported ${e(report.date)} from Lextrace</p>
<p class="filters">${e(report.filters)} ${report.totals.map((t) => `${t.count} ${e(t.status)}`).join(', ')}.</p>
<table><caption class="meta">The corpus</caption><thead><tr><th>Document</th><th>Cited as</th><th>Kind</th><th>Date</th></tr></thead><tbody>
${report.documents.map((d) => `<tr><td lang="${e(d.lang)}">${e(d.title)}</td><td>${e(d.citeAs)}</td><td>${e(d.kind)}</td><td class="num">${e(d.date)}</td></tr>`).join('\n')}
</tbody></table>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}
