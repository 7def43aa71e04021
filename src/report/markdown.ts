import type { Finding, FindingsDocument } from '../evaluate/finding.js';
import { SEVERITIES, STATUSES, type Severity } from '../model/vocabulary.js';
import { mdCode, mdRow, mdText } from './markdown-escape.js';

/**
 * A markdown summary for a pull-request comment or a CI job summary: posture, compliance per
 * framework, every failing check (compact), and the worst findings. Pure: document in, text out.
 */

/** GitHub refuses comments longer than 65,536 characters; stay clear of it. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** Largest output in characters (UTF-16 code units, which GitHub's limit counts or undercounts). */
  maxChars?: number;
  /** Worst failed findings listed with resource and reason. */
  topFindings?: number;
}

const DEFAULTS = { maxChars: 60_000, topFindings: 20 };

const statusHeading = (s: string) => (s === 'NOT_APPLICABLE' ? 'N/A' : s);
const percent = (p: number | null) => (p === null ? 'n/a (none judged)' : `${p.toFixed(1)}%`);

interface FailedCheck {
  checkId: string;
  title: string;
  severity: Severity;
  count: number;
}

function failedChecks(doc: FindingsDocument): FailedCheck[] {
  const titles = new Map(doc.checks.map((c) => [c.id, c.title]));
  const byCheck = new Map<string, FailedCheck>();
  for (const f of doc.findings) {
    if (f.status !== 'FAIL') continue;
    const entry = byCheck.get(f.checkId);
    if (entry) entry.count++;
    else byCheck.set(f.checkId, { checkId: f.checkId, title: titles.get(f.checkId) ?? f.title, severity: f.severity, count: 1 });
  }
  // Grouped by severity, then the checks with most failing resources first.
  return [...byCheck.values()].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || b.count - a.count || a.checkId.localeCompare(b.checkId),
  );
}

function header(doc: FindingsDocument): string[] {
  const s = doc.summary;
  const scanned = doc.regions.scanned;
  const out = [
    '## Bulwark security posture',
    '',
    `**Account** ${mdCode(doc.account.id, { inTable: false })} · **as of** ${mdText(doc.asOf)} · ` +
      `**${scanned.length} region${scanned.length === 1 ? '' : 's'}**${scanned.length ? `: ${scanned.map((r) => mdText(r, 40)).join(', ')}` : ''} · ` +
      `Bulwark ${mdText(doc.tool.version, 40)}`,
  ];
  if (doc.regions.skipped.length) out.push('', `Skipped regions: ${doc.regions.skipped.map((r) => mdText(r.region, 40)).join(', ')}`);
  out.push(
    '',
    mdRow([...STATUSES.map(statusHeading), 'total']),
    mdRow([...STATUSES.map(() => '---:'), '---:']),
    mdRow([...STATUSES.map((st) => s.byStatus[st] ?? 0), s.total]),
    '',
    '**Failed by severity**',
    '',
    mdRow(SEVERITIES),
    mdRow(SEVERITIES.map(() => '---:')),
    mdRow(SEVERITIES.map((sev) => s.bySeverity[sev]?.['FAIL'] ?? 0)),
  );
  return out;
}

function compliance(doc: FindingsDocument): string[] {
  if (!doc.compliance.length) return [];
  const out = [
    '',
    '### Compliance',
    '',
    'Controls passed out of those judged (PASS / (PASS + FAIL + UNKNOWN + MUTED)); an UNKNOWN control is never counted as passed.',
    '',
    mdRow(['framework', 'passed', 'PASS', 'FAIL', 'UNKNOWN', 'MUTED', 'not checked', 'controls']),
    mdRow(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const fw of doc.compliance) {
    const t = fw.byStatus;
    out.push(
      mdRow([
        mdText(`${fw.name} ${fw.version}`),
        percent(fw.percent),
        t.PASS ?? 0,
        t.FAIL ?? 0,
        t.UNKNOWN ?? 0,
        t.MUTED ?? 0,
        t.NOT_CHECKED ?? 0,
        fw.controls,
      ]),
    );
  }
  return out;
}

function checksTable(all: FailedCheck[], shown: number): string[] {
  const total = all.reduce((n, c) => n + c.count, 0);
  if (!all.length) return ['', '### Failed checks', '', 'No failed findings.'];
  const out = [
    '',
    `### Failed checks (${all.length} checks, ${total} findings)`,
    '',
    mdRow(['severity', 'check', 'title', 'failed']),
    mdRow(['---', '---', '---', '---:']),
  ];
  for (const c of all.slice(0, shown)) out.push(mdRow([c.severity, mdCode(c.checkId, { max: 100 }), mdText(c.title, 160), c.count]));
  if (shown < all.length) out.push('', `_${all.length - shown} more failing checks not listed here: see the JSON report._`);
  return out;
}

function topTable(failed: Finding[], shown: number): string[] {
  if (!failed.length || shown === 0) return [];
  const out = [
    '',
    `### Worst ${Math.min(shown, failed.length)} of ${failed.length} failed findings`,
    '',
    mdRow(['severity', 'check', 'region', 'resource', 'reason']),
    mdRow(['---', '---', '---', '---', '---']),
  ];
  for (const f of failed.slice(0, shown))
    out.push(
      mdRow([
        f.severity,
        mdCode(f.checkId, { max: 100 }),
        mdText(f.region, 40),
        mdCode(f.resourceArn, { max: 200 }),
        mdText(f.reason, 240),
      ]),
    );
  return out;
}

function footer(doc: FindingsDocument, cut: string[]): string[] {
  const out: string[] = [];
  const unknown = doc.summary.byStatus['UNKNOWN'] ?? 0;
  if (unknown) out.push('', `> **${unknown} UNKNOWN**: these could not be evaluated (a read failed or was denied); they are not passes.`);
  if (cut.length)
    out.push(
      '',
      `_Shortened to stay under GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit: ${cut.join('; ')}._`,
    );
  return out;
}

export function renderMarkdown(doc: FindingsDocument, options: MarkdownOptions = {}): string {
  const { maxChars, topFindings } = { ...DEFAULTS, ...options };
  const checks = failedChecks(doc);
  const failed = doc.findings.filter((f) => f.status === 'FAIL');
  const fixed = [...header(doc), ...compliance(doc)];
  let checkRows = checks.length;
  let topRows = Math.min(topFindings, failed.length);
  const render = () => {
    const cut: string[] = [];
    if (checkRows < checks.length) cut.push(`${checks.length - checkRows} of ${checks.length} failing checks left out`);
    if (topRows < Math.min(topFindings, failed.length)) cut.push(`top findings reduced to ${topRows}`);
    return `${[...fixed, ...checksTable(checks, checkRows), ...topTable(failed, topRows), ...footer(doc, cut)].join('\n')}\n`;
  };
  // Cells are capped, so every row is short: drop the worst findings table's rows first, then the
  // least severe failing checks, until the text fits.
  let text = render();
  while (text.length > maxChars && topRows > 5) {
    topRows = Math.max(5, topRows - Math.ceil((text.length - maxChars) / 400));
    text = render();
  }
  while (text.length > maxChars && checkRows > 0) {
    checkRows = Math.max(0, checkRows - Math.ceil((text.length - maxChars) / 150));
    text = render();
  }
  while (text.length > maxChars && topRows > 0) {
    topRows--;
    text = render();
  }
  return text;
}
