import pc from 'picocolors';
import type { FindingsDocument } from '../evaluate/finding.js';
import type { ControlStatus, FrameworkCompliance } from '../evaluate/compliance.js';
import type { FrameworkId } from '../model/vocabulary.js';
import { terminalSafe } from './terminal-safe.js';

/** Columns of the per-section table, in the order a reader scans them. */
const COLUMNS: readonly [ControlStatus, string][] = [
  ['PASS', 'pass'],
  ['FAIL', 'fail'],
  ['UNKNOWN', 'unknown'],
  ['MUTED', 'muted'],
  ['MANUAL', 'manual'],
  ['NOT_APPLICABLE', 'n/a'],
  ['NOT_CHECKED', 'no check'],
];

const pct = (p: number | null) => (p === null ? '-' : `${p.toFixed(1)}%`);
const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * `scan --framework X`: the framework's sections (controls per status and the pass percentage),
 * then every control with its status, worst first within each section.
 */
export function renderComplianceConsole(doc: Pick<FindingsDocument, 'compliance'>, framework: FrameworkId, color: boolean): string {
  const view = doc.compliance.find((c) => c.framework === framework);
  if (!view) return '';
  const c = pc.createColors(color);
  const paint: Record<ControlStatus, (s: string) => string> = {
    FAIL: c.red,
    UNKNOWN: c.yellow,
    MUTED: c.dim,
    PASS: c.green,
    MANUAL: (s) => s,
    NOT_APPLICABLE: c.dim,
    NOT_CHECKED: c.dim,
  };
  const out: string[] = ['', c.bold(`${view.name} v${view.version}: ${pct(view.percent)} of judged controls pass`)];
  out.push(c.dim(`  ${view.controls} controls: ${COLUMNS.map(([s, label]) => `${view.byStatus[s]} ${label}`).join(', ')}`));
  out.push(c.dim('  (percentage = PASS / (PASS + FAIL + UNKNOWN + MUTED); a control takes the status of its worst finding)'));
  out.push('');
  const width = Math.min(48, Math.max(...view.sections.map((s) => s.section.length)));
  out.push(c.dim(`  ${'section'.padEnd(width)}${COLUMNS.map(([, l]) => l.padStart(9)).join('')}${'score'.padStart(8)}`));
  for (const s of view.sections) {
    out.push(
      `  ${shorten(s.section, width).padEnd(width)}${COLUMNS.map(([st]) => String(s.byStatus[st]).padStart(9)).join('')}${pct(s.percent).padStart(8)}`,
    );
  }
  out.push('');
  out.push(c.bold('Controls'));
  for (const s of view.sections) out.push(...controlLines(s, paint));
  return `${out.join('\n')}\n`;
}

const ORDER: readonly ControlStatus[] = ['FAIL', 'UNKNOWN', 'MUTED', 'MANUAL', 'PASS', 'NOT_APPLICABLE', 'NOT_CHECKED'];

function controlLines(s: FrameworkCompliance['sections'][number], paint: Record<ControlStatus, (s: string) => string>): string[] {
  const controls = [...s.controls].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  return [
    `  ${s.section}`,
    ...controls.map((ctl) => {
      const counts = Object.entries(ctl.findings)
        .map(([st, n]) => `${n} ${st}`)
        .join(', ');
      const label = paint[ctl.status](ctl.status.padEnd(12));
      return `    ${ctl.id.padEnd(8)} ${label} ${terminalSafe(shorten(ctl.title, 90))}${counts ? ` (${counts})` : ''}`;
    }),
  ];
}
