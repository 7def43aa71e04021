import pc from 'picocolors';
import type { CheckMetaDoc, Finding, FindingsDocument } from '../evaluate/finding.js';
import { terminalSafe } from './terminal-safe.js';
import { SEVERITIES, STATUSES, type Status } from '../model/vocabulary.js';

type Colors = ReturnType<typeof pc.createColors>;

export interface ConsoleOptions {
  color: boolean;
  /** List every finding of every check (`--verbose`); otherwise the top `topResources` of each. */
  verbose?: boolean;
  /** Resources listed per check before "and K more" (default 3). */
  topResources?: number;
  /** Account values longer than this are shortened in the middle (default 120); files keep them whole. */
  maxValueLength?: number;
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
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Shortens a long value in the middle, where ARNs and names differ least (the service prefix and
 * the resource's last segment stay readable). Made terminal-safe first, so an escape is never cut
 * in half.
 */
export function shorten(text: string, max: number): string {
  const safe = terminalSafe(text);
  const chars = [...safe];
  if (chars.length <= max || max < 5) return safe;
  const keep = max - 1;
  const head = Math.ceil(keep / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
}

interface CheckGroup {
  checkId: string;
  severity: Finding['severity'];
  findings: Finding[];
}

/** Findings of one status grouped by check: worst severity first, then most findings, then id. */
function groupByCheck(findings: readonly Finding[]): CheckGroup[] {
  const groups = new Map<string, CheckGroup>();
  for (const f of findings) {
    const g = groups.get(f.checkId) ?? { checkId: f.checkId, severity: f.severity, findings: [] };
    g.findings.push(f);
    groups.set(f.checkId, g);
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      b.findings.length - a.findings.length ||
      a.checkId.localeCompare(b.checkId),
  );
}

/** A person's summary, read top to bottom: totals, every failing check with its fix, then what is left to do. */
/** The console report's lines (no line breaks). */
function consoleLines(doc: FindingsDocument, options: ConsoleOptions): string[] {
  const c = paint(options.color);
  const max = options.maxValueLength ?? 120;
  const top = options.verbose ? Infinity : (options.topResources ?? 3);
  const v = (text: string) => shorten(text, max);
  // A reason is a sentence around account values: it gets twice the room before it is cut.
  const sentence = (text: string) => shorten(text, 2 * max);
  const checks = new Map<string, CheckMetaDoc>(doc.checks.map((ch) => [ch.id, ch]));
  const out: string[] = [];
  const more = (n: number, indent: string) => {
    if (n > 0) out.push(c.dim(`${indent}... and ${n} more (--verbose lists them all; every format but console has them)`));
  };

  const s = doc.summary;
  const regions = doc.regions.scanned.length;
  out.push(c.bold(`Bulwark ${v(doc.tool.version)} - account ${v(doc.account.id)} - ${plural(regions, 'region')} - as of ${v(doc.asOf)}`));
  if (doc.regions.skipped.length)
    out.push(c.dim(`Skipped regions: ${doc.regions.skipped.map((r) => v(`${r.region} (${r.reason})`)).join(', ')}`));
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
    out.push(`  ${v(service).padEnd(16)}${STATUSES.map((st) => pad(counts[st] ?? 0, 8)).join('')}`);
  }

  // Every failing check is named, however many there are: only its resources are cut to the top N.
  const failed = groupByCheck(doc.findings.filter((f) => f.status === 'FAIL'));
  const failedCount = s.byStatus['FAIL'] ?? 0;
  out.push('');
  if (failed.length === 0) {
    out.push(c.green('No failed findings.'));
  } else {
    out.push(c.bold(`Failed checks, worst first (${plural(failedCount, 'finding')} in ${plural(failed.length, 'check')})`));
    for (const g of failed) {
      const meta = checks.get(g.checkId);
      out.push('');
      out.push(`${severityLabel(c, g.severity)}${c.bold(v(g.checkId))} (${g.findings.length})${meta ? `  ${v(meta.title)}` : ''}`);
      const refs = meta
        ? Object.entries(meta.frameworks)
            .filter(([, ids]) => ids.length)
            .map(([k, ids]) => `${k} ${ids.join(',')}`)
            .join('; ')
        : '';
      if (refs) out.push(c.dim(`  ${v(refs)}`));
      if (meta) {
        out.push(`  Fix: ${terminalSafe(meta.remediation.summary)}`);
        if (meta.remediation.cli) out.push(`    CLI:  ${terminalSafe(meta.remediation.cli)}`);
        out.push(c.dim(`    Docs: ${terminalSafe(meta.remediation.docs)}`));
      }
      for (const f of g.findings.slice(0, top)) {
        out.push(`  - ${c.dim(v(f.region).padEnd(14))} ${sentence(f.reason)}`);
        out.push(c.dim(`    ${v(f.resourceArn)}`));
      }
      more(g.findings.length - Math.min(top, g.findings.length), '  ');
    }
  }

  // UNKNOWN is not a pass: say which resource could not be judged and which read failed.
  const unknown = groupByCheck(doc.findings.filter((f) => f.status === 'UNKNOWN'));
  if (unknown.length) {
    const n = s.byStatus['UNKNOWN'] ?? 0;
    out.push('');
    out.push(c.yellow(c.bold(`Could not evaluate (${plural(n, 'finding')} in ${plural(unknown.length, 'check')}): these are not passes`)));
    for (const g of unknown) {
      const meta = checks.get(g.checkId);
      out.push(`  ${c.yellow('UNKNOWN')} ${c.bold(v(g.checkId))} (${g.findings.length})${meta ? `  ${v(meta.title)}` : ''}`);
      for (const f of g.findings.slice(0, top)) {
        out.push(`    - ${c.dim(v(f.region).padEnd(14))} ${v(f.resourceArn)}`);
        const failedReads = [...new Set((f.errors ?? []).map((e) => `${e.action} (${e.kind})`))];
        out.push(c.dim(`      ${failedReads.length ? `failed: ${v(failedReads.join(', '))}` : sentence(f.reason)}`));
      }
      more(g.findings.length - Math.min(top, g.findings.length), '    ');
    }
  }

  // Manual items are the reviewer's part of the work: list each with what to verify.
  const manual = groupByCheck(doc.findings.filter((f) => f.status === 'MANUAL'));
  if (manual.length) {
    out.push('');
    out.push(c.bold(`To verify by hand (${plural(manual.length, 'check')})`));
    for (const g of manual) {
      const meta = checks.get(g.checkId);
      out.push(`  - ${v(g.checkId)}${meta ? `  ${v(meta.title)}` : ''}`);
      // Bulwark's own guidance text, one line: printed whole (only account values are shortened).
      const guidance = meta ? terminalSafe(meta.remediation.summary) : sentence(g.findings[0]?.reason ?? '');
      if (guidance) out.push(c.dim(`    ${guidance}`));
    }
  }

  const muted = doc.findings.filter((f) => f.status === 'MUTED');
  if (muted.length || doc.mutelist) {
    const byRule = new Map<string, { reason: string; expires?: string | undefined; n: number }>();
    for (const f of muted) {
      const key = f.muted?.rule ?? '(no rule recorded)';
      const e = byRule.get(key) ?? { reason: f.muted?.reason ?? '', expires: f.muted?.expires, n: 0 };
      e.n++;
      byRule.set(key, e);
    }
    out.push('');
    out.push(c.bold(`Muted (${plural(muted.length, 'finding')}${doc.mutelist ? ` by ${v(doc.mutelist.file)}` : ''})`));
    for (const [rule, e] of byRule)
      out.push(`  ${pad(e.n, 5)}  ${v(rule)}: ${v(e.reason)}${e.expires ? c.dim(` (until ${v(e.expires)})`) : ''}`);
    for (const e of doc.mutelist?.expired ?? [])
      out.push(
        c.yellow(`  expired ${v(e.expires)}: ${v(e.rule)} no longer mutes (${plural(e.wouldMute, 'finding')} reported): ${v(e.reason)}`),
      );
  }

  if (doc.errors.length) {
    const actions = [...new Set(doc.errors.filter((e) => e.kind === 'access-denied').map((e) => v(e.action)))].sort();
    if (actions.length) {
      out.push('');
      out.push(
        c.yellow(
          `Denied actions (${actions.length}); grant them to the scanner (examples/bulwark-readonly-policy.json): ${actions.join(', ')}`,
        ),
      );
    }
  }
  return out;
}

export function renderConsole(doc: FindingsDocument, options: ConsoleOptions): string {
  return `${consoleLines(doc, options).join('\n')}\n`;
}

/** renderConsole as chunks, a line each: `--verbose` on millions of findings is never one string. */
export function* renderConsoleChunks(doc: FindingsDocument, options: ConsoleOptions): Generator<string> {
  for (const line of consoleLines(doc, options)) yield `${line}\n`;
}
