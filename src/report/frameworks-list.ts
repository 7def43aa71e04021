import type { AnyCheck } from '../checks/types.js';
import { frameworks } from '../frameworks/index.js';
import { FRAMEWORK_IDS, type FrameworkId } from '../model/vocabulary.js';
import { mapsTo } from '../evaluate/select.js';

export interface FrameworkSummary {
  id: FrameworkId;
  name: string;
  version: string;
  controls: number;
  /** Controls at least one check maps to. */
  controlsWithCheck: number;
  /** CIS only: how the benchmark labels its recommendations. */
  automated?: { total: number; withCheck: number };
  manual?: { total: number; withCheck: number };
  /** Checks that report under the framework (`scan --framework ID` runs these). */
  checks: number;
}

/** What `bulwark frameworks` prints: each framework and how much of it Bulwark checks. */
export function frameworkSummaries(checks: readonly AnyCheck[]): FrameworkSummary[] {
  return FRAMEWORK_IDS.map((id) => {
    const catalogue = frameworks[id];
    const mapped = new Set(checks.flatMap((c) => c.frameworks[id] ?? []));
    const withCheck = (list: readonly { id: string }[]) => list.filter((c) => mapped.has(c.id)).length;
    const base: FrameworkSummary = {
      id,
      name: catalogue.name,
      version: catalogue.version,
      controls: catalogue.controls.length,
      controlsWithCheck: withCheck(catalogue.controls),
      checks: checks.filter((c) => mapsTo(c, id)).length,
    };
    const assessed = catalogue.controls as readonly { id: string; assessment?: string }[];
    if (!assessed.some((c) => c.assessment)) return base;
    const auto = assessed.filter((c) => c.assessment === 'automated');
    const manual = assessed.filter((c) => c.assessment === 'manual');
    return {
      ...base,
      automated: { total: auto.length, withCheck: withCheck(auto) },
      manual: { total: manual.length, withCheck: withCheck(manual) },
    };
  });
}

export function renderFrameworksList(list: readonly FrameworkSummary[]): string {
  const lines = list.map((f) => {
    const cis =
      f.automated && f.manual
        ? `; automated ${f.automated.withCheck}/${f.automated.total}, manual ${f.manual.withCheck}/${f.manual.total}`
        : '';
    return `${f.id.padEnd(10)} ${f.name} v${f.version}\n${' '.repeat(11)}${f.controlsWithCheck}/${f.controls} controls with a check${cis}; ${f.checks} checks (bulwark scan --framework ${f.id})`;
  });
  return `${lines.join('\n')}\n`;
}
