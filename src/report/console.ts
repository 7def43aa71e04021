import pc from 'picocolors';
import type { Finding, FindingsDocument } from '../evaluate/finding.js';
import { terminalSafe } from './terminal-safe.js';
import { SEVERITIES, STATUSES, type Status } from '../model/vocabulary.js';

type Colors = ReturnType<typeof pc.createColors>;

export interface ConsoleOptions {
  color: boolean;
  /** Failed findings listed in full; the rest are counted. */
  maxFailures?: number;
}

const paint = (color: boolean): Colors => pc.createColors(color);

/** How the totals line colours each status; a Record, so a new status cannot be left out of it. */
const STATUS_PAINT: Record<Status, (c: Colors) => (text: string) => string> = {
  FAIL: (c) => c.red,
  UNKNOWN: (c) => c.yellow,
  PASS: (c) => c.green,
  MANUAL: () => (text) => text,
  NOT_APPLICABLE: () => (text) => text,
  MUTED: (c) => c.dim,
};

/** Column headings of the by-service table; N/A keeps the columns narrow. */
const columnHeading = (st: Status) => (st === 'NOT_APPLICABLE' ? 'N/A' : st);

function severityLabel(c: Colors, s: Finding['severity']): string {
  const label = s.toUpperCase().padEnd(13);
  return s === 'critical' ? c.bold(c.magenta(label)) : s === 'high' ? c.red(label) : s === 'medium' ? c.yellow(label) : c.cyan(label);
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** Summary by severity and service, then failed findings worst first, with the fix. */
export function renderConsole(doc: FindingsDocument, options: ConsoleOptions): string {
  const c = paint(options.color);
  const out: string[] = [];
  const s = doc.summary;
  const regions = doc.regions.scanned.length;
  out.push(
    c.bold(
      `Bulwark ${terminalSafe(doc.tool.version)} - account ${terminalSafe(doc.account.id)} - ${regions} region${regions === 1 ? '' : 's'} - as of ${doc.asOf}`,
    ),
  );
  if (doc.regions.skipped.length)
    out.push(c.dim(`Skipped regions: ${doc.regions.skipped.map((r) => terminalSafe(`${r.region} (${r.reason})`)).join(', ')}`));
  out.push('');
  out.push(
    `${doc.checks.length} checks, ${s.total} findings: ` +
      STATUSES.map((st) => STATUS_PAINT[st](c)(`${s.byStatus[st] ?? 0} ${st}`)).join(', '),
  );
  out.push('');
  out.push(c.bold('Failed by severity'));
  for (const sev of SEVERITIES) {
    const n = s.bySeverity[sev]?.['FAIL'] ?? 0;
    out.push(`  ${severityLabel(c, sev)}${pad(n, 5)}`);
  }
  out.push('');
  const head = ['service'.padEnd(16), ...STATUSES.map((st) => pad(columnHeading(st), 8))].join('');
  out.push(c.bold('By service'));
  out.push(`  ${c.dim(head)}`);
  for (const [service, counts] of Object.entries(s.byService).sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  ${service.padEnd(16)}${STATUSES.map((st) => pad(counts[st] ?? 0, 8)).join('')}`);
  }
  const failed = doc.findings.filter((f) => f.status === 'FAIL');
  const checks = new Map(doc.checks.map((ch) => [ch.id, ch]));
  out.push('');
  if (failed.length === 0) {
    out.push(c.green('No failed findings.'));
  } else {
    // One block per failed check (findings are already worst first), then its resources.
    const byCheck = new Map<string, Finding[]>();
    for (const f of failed) byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
    out.push(c.bold(`Failed findings, worst first (${failed.length} in ${byCheck.size} checks)`));
    let shown = 0;
    const max = options.maxFailures ?? Infinity;
    for (const [checkId, list] of byCheck) {
      if (shown >= max) break;
      const meta = checks.get(checkId);
      out.push('');
      out.push(`${severityLabel(c, list[0]!.severity)}${c.bold(checkId)} (${list.length})${meta ? `  ${meta.title}` : ''}`);
      const refs = meta
        ? Object.entries(meta.frameworks)
            .filter(([, v]) => v.length)
            .map(([k, v]) => `${k} ${v.join(',')}`)
            .join('; ')
        : '';
      if (refs) out.push(c.dim(`  ${refs}`));
      if (meta) out.push(c.dim(`  Fix: ${meta.remediation.summary}`));
      for (const f of list.slice(0, Math.max(0, max - shown))) {
        out.push(`  - ${c.dim(terminalSafe(f.region).padEnd(14))} ${terminalSafe(f.reason)}`);
        out.push(c.dim(`    ${terminalSafe(f.resourceArn)}`));
        shown++;
      }
    }
    if (failed.length > shown) out.push(c.dim(`... and ${failed.length - shown} more (see --format json).`));
  }
  const unknown = doc.findings.filter((f) => f.status === 'UNKNOWN');
  if (unknown.length) {
    out.push('');
    out.push(c.yellow(c.bold(`Could not evaluate (${unknown.length}): these are not passes`)));
    const shown = unknown.slice(0, 20);
    for (const f of shown) out.push(`  ${c.yellow('UNKNOWN')} ${f.checkId} ${c.dim(terminalSafe(f.region))} ${terminalSafe(f.reason)}`);
    if (unknown.length > shown.length) out.push(c.dim(`  ... and ${unknown.length - shown.length} more (see --format json).`));
  }
  if (doc.errors.length) {
    const actions = [...new Set(doc.errors.filter((e) => e.kind === 'access-denied').map((e) => terminalSafe(e.action)))].sort();
    if (actions.length) {
      out.push('');
      out.push(
        c.yellow(
          `Denied actions (${actions.length}); grant them to the scanner (examples/bulwark-readonly-policy.json): ${actions.join(', ')}`,
        ),
      );
    }
  }
  return `${out.join('\n')}\n`;
}
