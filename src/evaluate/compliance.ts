import { z } from 'zod';
import { frameworks } from '../frameworks/index.js';
import { FRAMEWORK_IDS, type FrameworkId, type Status } from '../model/vocabulary.js';
import type { Finding, FindingsDocument } from './finding.js';

/**
 * Compliance views: a framework's catalogue joined with a scan's findings, control by control.
 *
 * A control's status is its worst finding: FAIL, then UNKNOWN (a control we could not judge is never
 * counted as passed), then MUTED (a failure the user accepted is not a pass either), then PASS,
 * MANUAL and NOT_APPLICABLE. A control no evaluated check maps to is NOT_CHECKED: either Bulwark has
 * no check for it or the scan did not select one (`checks` is then empty).
 *
 * The view is a pure function of the findings document, so every report (console, HTML, markdown)
 * and an older JSON file give the same numbers.
 */

export const CONTROL_STATUSES = ['FAIL', 'UNKNOWN', 'MUTED', 'PASS', 'MANUAL', 'NOT_APPLICABLE', 'NOT_CHECKED'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

const tally = z.record(z.enum(CONTROL_STATUSES), z.number().int()).describe('Controls per status');
const percent = z
  .number()
  .nullable()
  .describe('PASS controls / (PASS + FAIL + UNKNOWN + MUTED) controls, 0-100 with one decimal; null when none was judged');

export const ControlComplianceSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(CONTROL_STATUSES),
  checks: z.array(z.string()).describe('Evaluated checks mapped to this control'),
  findings: z.record(z.string(), z.number().int()).describe('Findings of those checks per status'),
});
export type ControlCompliance = z.infer<typeof ControlComplianceSchema>;

export const SectionComplianceSchema = z.object({
  section: z.string(),
  byStatus: tally,
  percent,
  controls: z.array(ControlComplianceSchema),
});
export type SectionCompliance = z.infer<typeof SectionComplianceSchema>;

export const FrameworkComplianceSchema = z.object({
  framework: z.enum(FRAMEWORK_IDS),
  name: z.string(),
  version: z.string(),
  controls: z.number().int().describe('Controls in the catalogue'),
  byStatus: tally,
  percent,
  sections: z.array(SectionComplianceSchema),
});
export type FrameworkCompliance = z.infer<typeof FrameworkComplianceSchema>;

const STATUS_RANK: Record<Status, number> = { FAIL: 0, UNKNOWN: 1, MUTED: 2, PASS: 3, MANUAL: 4, NOT_APPLICABLE: 5 };

function emptyTally(): Record<ControlStatus, number> {
  return Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>;
}

function percentOf(t: Record<ControlStatus, number>): number | null {
  const judged = t.PASS + t.FAIL + t.UNKNOWN + t.MUTED;
  return judged ? Math.round((t.PASS / judged) * 1000) / 10 : null;
}

interface CheckTally {
  counts: Record<string, number>;
  worst: Status;
}

/** Per check id: its findings per status and its worst status. */
function checkTallies(findings: readonly Finding[]): Map<string, CheckTally> {
  const out = new Map<string, CheckTally>();
  for (const f of findings) {
    const t = out.get(f.checkId);
    if (!t) {
      out.set(f.checkId, { counts: { [f.status]: 1 }, worst: f.status });
      continue;
    }
    t.counts[f.status] = (t.counts[f.status] ?? 0) + 1;
    if (STATUS_RANK[f.status] < STATUS_RANK[t.worst]) t.worst = f.status;
  }
  return out;
}

/** The compliance view of one framework over a findings document. */
export function frameworkCompliance(
  doc: Pick<FindingsDocument, 'checks' | 'findings'>,
  framework: FrameworkId,
  tallies: Map<string, CheckTally> = checkTallies(doc.findings),
): FrameworkCompliance {
  const catalogue = frameworks[framework];
  const checksOf = new Map<string, string[]>();
  for (const check of doc.checks) {
    for (const id of check.frameworks[framework] ?? []) checksOf.set(id, [...(checksOf.get(id) ?? []), check.id]);
  }
  // One pass over the findings: per check, its counts per status (keys in first-seen order) and its
  // worst status; a control then merges its checks' tallies in check order.

  const sections = new Map<string, SectionCompliance>();
  const total = emptyTally();
  for (const control of catalogue.controls) {
    const checks = checksOf.get(control.id) ?? [];
    const counts: Record<string, number> = {};
    let worst: Status | undefined;
    for (const checkId of checks) {
      const t = tallies.get(checkId);
      if (!t) continue;
      for (const [status, n] of Object.entries(t.counts)) counts[status] = (counts[status] ?? 0) + n;
      if (worst === undefined || STATUS_RANK[t.worst] < STATUS_RANK[worst]) worst = t.worst;
    }
    // A selected check always yields at least one finding, so `worst` is unset only without checks.
    const status: ControlStatus = worst ?? 'NOT_CHECKED';
    let section = sections.get(control.section);
    if (!section) {
      section = { section: control.section, byStatus: emptyTally(), percent: null, controls: [] };
      sections.set(control.section, section);
    }
    section.controls.push({ id: control.id, title: control.title, status, checks, findings: counts });
    section.byStatus[status]++;
    total[status]++;
  }
  for (const s of sections.values()) s.percent = percentOf(s.byStatus);
  return {
    framework,
    name: catalogue.name,
    version: catalogue.version,
    controls: catalogue.controls.length,
    byStatus: total,
    percent: percentOf(total),
    sections: [...sections.values()],
  };
}

/** Every framework's view, in FRAMEWORK_IDS order. */
export function complianceOf(doc: Pick<FindingsDocument, 'checks' | 'findings'>): FrameworkCompliance[] {
  const tallies = checkTallies(doc.findings);
  return FRAMEWORK_IDS.map((f) => frameworkCompliance(doc, f, tallies));
}
