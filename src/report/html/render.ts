import type { FindingsDocument } from '../../evaluate/finding.js';
import { CONTROL_STATUSES, type FrameworkCompliance } from '../../evaluate/compliance.js';
import { SEVERITIES, STATUSES } from '../../model/vocabulary.js';
import { barChart, lineChart, stackedBar, type Segment, type TrendSeries } from './charts.js';
import { CLIENT_SCRIPT } from './client.js';
import { clientDataParts } from './data.js';
import { cspHash, escapeHtml as h, scriptSafeJson } from './escape.js';
import { REPORT_CSS } from './style.js';

/**
 * The HTML report: one self-contained file. The header, summary, compliance views and scan errors
 * are rendered here as static HTML (readable without JavaScript); the findings table is built in
 * the browser from one embedded JSON block, a page at a time, so 100,000 findings stay usable.
 *
 * The page may load nothing: its Content-Security-Policy is `default-src 'none'` and allows only
 * the one inline stylesheet and the one inline script, by their SHA-256 hashes.
 */

const LABEL: Record<string, string> = { NOT_APPLICABLE: 'N/A', NOT_CHECKED: 'not checked' };
const label = (status: string): string => LABEL[status] ?? status;
const badge = (cls: string, text: string): string => `<span class="badge ${h(cls)}">${h(text)}</span>`;

function header(doc: FindingsDocument): string {
  const skipped = doc.regions.skipped.length ? doc.regions.skipped.map((s) => `${s.region} (${s.reason})`).join(', ') : 'none';
  const items: [string, string][] = [
    ['Account', `${doc.account.id} (${doc.account.partition})`],
    ['As of', doc.asOf],
    ['Started', doc.startedAt],
    ['Finished', doc.finishedAt],
    [`Regions scanned (${doc.regions.scanned.length})`, doc.regions.scanned.join(', ') || 'none'],
    [`Regions skipped (${doc.regions.skipped.length})`, skipped],
    ['Checks', String(doc.checks.length)],
    ['Scan errors', String(doc.errors.length)],
  ];
  return (
    `<header class="top"><h1>Bulwark security report</h1><dl>` +
    items.map(([k, v]) => `<div><dt>${h(k)}</dt><dd>${h(v)}</dd></div>`).join('') +
    `</dl></header>`
  );
}

function summary(doc: FindingsDocument): string {
  const s = doc.summary;
  const tiles =
    `<div class="tile"><b>${s.total}</b><span>findings</span></div>` +
    STATUSES.map((st) => `<div class="tile st-${st}"><b>${s.byStatus[st] ?? 0}</b><span>${h(label(st))}</span></div>`).join('');
  const byStatus: Segment[] = STATUSES.map((st) => ({ label: label(st), value: s.byStatus[st] ?? 0, cls: `st-${st}` }));
  const failedBySeverity: Segment[] = SEVERITIES.map((sev) => ({ label: sev, value: s.bySeverity[sev]?.['FAIL'] ?? 0, cls: `sev-${sev}` }));
  const failedByService: Segment[] = Object.entries(s.byService)
    .map(([service, counts]) => ({ label: service, value: counts['FAIL'] ?? 0, cls: 'bar' }))
    .filter((r) => r.value > 0)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const severityTable =
    `<table><thead><tr><th>Severity</th>${STATUSES.map((st) => `<th class="num">${h(label(st))}</th>`).join('')}</tr></thead><tbody>` +
    SEVERITIES.map(
      (sev) =>
        `<tr><td>${badge(`sev-${sev}`, sev)}</td>${STATUSES.map((st) => `<td class="num">${s.bySeverity[sev]?.[st] ?? 0}</td>`).join('')}</tr>`,
    ).join('') +
    `</tbody></table>`;
  return (
    `<section id="summary"><h2>Posture summary</h2><div class="tiles">${tiles}</div>` +
    `<div class="card"><h3>Findings by status</h3>${stackedBar(byStatus, 'Findings by status')}</div>` +
    `<div class="grid"><div class="card"><h3>Failed findings by severity</h3>${barChart(failedBySeverity, 'Failed findings by severity')}` +
    `<h3>All findings by severity and status</h3>${severityTable}</div>` +
    `<div class="card"><h3>Failed findings by service</h3>${
      failedByService.length ? barChart(failedByService, 'Failed findings by service') : '<p class="empty-note">No failed findings.</p>'
    }</div></div></section>`
  );
}

/** With --history: the FAIL trend per severity and the compliance percentages of every recorded scan. */
function trend(doc: FindingsDocument): string {
  const points = doc.trend ?? [];
  if (!points.length) return '';
  const series: TrendSeries[] = SEVERITIES.filter((sev) => sev !== 'informational').map((sev) => ({
    label: sev,
    cls: `sev-${sev}`,
    values: points.map((p) => p.bySeverityFail[sev] ?? 0),
  }));
  const frameworks = [...new Set(points.flatMap((p) => Object.keys(p.compliance)))];
  const rows = points
    .map(
      (p) =>
        `<tr><td>${h(p.finishedAt)}</td>${series.map((s) => `<td class="num">${p.bySeverityFail[s.label] ?? 0}</td>`).join('')}` +
        `${frameworks.map((f) => `<td class="num">${h(percentText(p.compliance[f] ?? null))}</td>`).join('')}</tr>`,
    )
    .join('');
  return (
    `<section id="trend"><h2>Trend (${points.length} recorded scan${points.length === 1 ? '' : 's'})</h2><div class="card">` +
    `<h3>Failed findings per severity</h3>${lineChart(series, 'Failed findings per severity over the recorded scans')}` +
    `<table><thead><tr><th>Scan finished</th>${series.map((s) => `<th class="num">${h(s.label)} FAIL</th>`).join('')}` +
    `${frameworks.map((f) => `<th class="num">${h(f)} %</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div></section>`
  );
}

const percentText = (p: number | null): string => (p === null ? 'n/a' : `${p}%`);

function statusSegments(byStatus: Record<string, number>): Segment[] {
  return CONTROL_STATUSES.map((st) => ({ label: label(st), value: byStatus[st] ?? 0, cls: `st-${st}` }));
}

function compactCounts(byStatus: Record<string, number>): string {
  return CONTROL_STATUSES.filter((st) => byStatus[st])
    .map((st) => `${label(st)} ${byStatus[st]}`)
    .join(' · ');
}

function frameworkView(fw: FrameworkCompliance): string {
  const sections = fw.sections
    .map((sec) => {
      const controls = sec.controls
        .map((c) => {
          const findings = Object.entries(c.findings)
            .map(([st, n]) => `${label(st)} ${n}`)
            .join(', ');
          const show = c.checks.length
            ? `<button type="button" class="show-control" data-framework="${h(fw.framework)}" data-control="${h(c.id)}">findings</button>`
            : '';
          return (
            `<tr><td>${h(c.id)}</td><td>${h(c.title)}</td><td>${badge(`st-${c.status}`, label(c.status))}</td>` +
            `<td>${h(c.checks.join(', ')) || '<span class="muted">no check</span>'}</td><td>${h(findings)}</td><td>${show}</td></tr>`
          );
        })
        .join('');
      return (
        `<details class="section"><summary><span>${h(sec.section)}</span><span>${stackedBar(statusSegments(sec.byStatus), `${sec.section} controls by status`, { legend: false })}` +
        `<span class="counts">${h(compactCounts(sec.byStatus))}</span></span><span class="pct">${h(percentText(sec.percent))}</span></summary>` +
        `<table><thead><tr><th>Control</th><th>Title</th><th>Status</th><th>Checks</th><th>Findings</th><th></th></tr></thead><tbody>${controls}</tbody></table></details>`
      );
    })
    .join('');
  return (
    `<div class="card framework" id="fw-${h(fw.framework)}"><div class="fw-head"><h3>${h(fw.name)} ${h(fw.version)}</h3>` +
    `<span class="pct" title="PASS / (PASS + FAIL + UNKNOWN + MUTED) controls">${h(percentText(fw.percent))} passed</span>` +
    `<span class="muted">${fw.controls} controls</span></div>${stackedBar(statusSegments(fw.byStatus), `${fw.name} controls by status`)}${sections}</div>`
  );
}

function compliance(doc: FindingsDocument): string {
  return (
    `<section id="compliance"><h2>Compliance</h2><p class="muted">A control's status is its worst finding; ` +
    `"not checked" means no evaluated check maps to it. Open a section to see its controls.</p>` +
    doc.compliance.map(frameworkView).join('') +
    `</section>`
  );
}

function findingsSection(): string {
  const statusBoxes = STATUSES.map(
    (st) => `<label><input type="checkbox" name="status" value="${h(st)}" checked>${badge(`st-${st}`, label(st))}</label>`,
  ).join('');
  return (
    `<section id="findings"><h2>Findings</h2><div class="card">` +
    `<form class="controls" id="filters" autocomplete="off">` +
    `<fieldset class="statuses"><legend>Status</legend>${statusBoxes}</fieldset>` +
    `<label>Severity<select id="f-severity"><option value="">any</option></select></label>` +
    `<label>Service<select id="f-service"><option value="">any</option></select></label>` +
    `<label>Region<select id="f-region"><option value="">any</option></select></label>` +
    `<label>Framework<select id="f-framework"><option value="">any</option></select></label>` +
    `<label>Control id<input type="text" id="f-control" placeholder="e.g. 1.4" size="10"></label>` +
    `<label>Search<input type="search" id="f-text" placeholder="resource, reason, check…"></label>` +
    `<button type="reset" id="f-reset">Reset</button></form>` +
    `<p class="status-line" id="f-count" role="status">Loading findings…</p>` +
    `<noscript><p>The findings table needs JavaScript; the summary and compliance views above do not.</p></noscript>` +
    `<table id="findings-table"><thead><tr><th></th>` +
    [
      ['status', 'Status'],
      ['severity', 'Severity'],
      ['check', 'Check'],
      ['service', 'Service'],
      ['region', 'Region'],
      ['resource', 'Resource'],
    ]
      .map(([key, text]) => `<th><button type="button" data-sort="${key}" aria-sort="none">${text}</button></th>`)
      .join('') +
    `</tr></thead><tbody id="findings-body"></tbody></table>` +
    `<p><button type="button" id="show-more" hidden>Show more</button></p></div></section>`
  );
}

function scanErrors(doc: FindingsDocument): string {
  if (!doc.errors.length) return `<section id="errors"><h2>Scan errors</h2><p class="empty-note">Every read succeeded.</p></section>`;
  const rows = doc.errors
    .map(
      (e) =>
        `<tr><td>${h(e.action)}</td><td>${h(e.region)}</td><td>${h(e.kind)}</td><td class="res">${h(e.target)}</td><td>${h(e.message)}</td></tr>`,
    )
    .join('');
  return (
    `<section id="errors"><h2>Scan errors (${doc.errors.length})</h2><div class="card"><p class="muted">Reads that failed; ` +
    `checks that needed them report UNKNOWN, never PASS.</p><table><thead><tr><th>Action</th><th>Region</th><th>Kind</th><th>Target</th><th>Message</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></div></section>`
  );
}

/** The whole report page. Pure: the same document gives the same bytes. */
export const renderHtml = (doc: FindingsDocument): string => [...renderHtmlChunks(doc)].join('');

/** Findings rows stringified together in one chunk. */
const ROWS_PER_CHUNK = 2048;

/** The page as chunks, the findings rows written as they are made: millions of findings are never one string. */
export function* renderHtmlChunks(doc: FindingsDocument): Generator<string> {
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(CLIENT_SCRIPT)}`,
    `style-src ${cspHash(REPORT_CSS)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  yield (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${h(csp)}">` +
    `<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Bulwark report - account ${h(doc.account.id)} - ${h(doc.asOf)}</title><style>${REPORT_CSS}</style></head>\n<body>` +
    header(doc) +
    `<nav class="toc"><a href="#summary">Summary</a><a href="#compliance">Compliance</a><a href="#findings">Findings</a><a href="#errors">Scan errors</a>` +
    `<span class="muted">Bulwark ${h(doc.tool.version)}</span></nav><main>` +
    summary(doc) +
    trend(doc) +
    compliance(doc) +
    findingsSection() +
    scanErrors(doc) +
    `</main>\n<script type="application/json" id="bulwark-data">`
  );
  // JSON.stringify of the ClientData (toClientData), its findings array written a run of rows at a time.
  const { row, ...parts } = clientDataParts(doc);
  yield scriptSafeJson(`${JSON.stringify(parts).slice(0, -1)},"findings":[`);
  const { findings } = doc;
  for (let i = 0; i < findings.length; i += ROWS_PER_CHUNK) {
    const rows = findings.slice(i, i + ROWS_PER_CHUNK).map(row);
    yield scriptSafeJson((i ? ',' : '') + JSON.stringify(rows).slice(1, -1));
  }
  yield ']}</script>\n' + `<script>${CLIENT_SCRIPT}</script>\n</body></html>\n`;
}
