import type { AnyCheck } from '../checks/types.js';
import { SECTION_KEYS, type Inventory, type SectionKey } from '../model/inventory.js';
import { UsageError } from '../errors.js';
import { FRAMEWORK_IDS, type FrameworkId } from '../model/vocabulary.js';
import { findControl } from '../frameworks/index.js';

export interface Selection {
  checks?: readonly string[];
  services?: readonly string[];
  /** Only checks mapped to this framework (for `fsbp`: to a control in the FSBP standard). */
  framework?: FrameworkId;
}

/** --framework value -> framework id; anything else is a usage error listing the known ones. */
export function parseFramework(value: string | undefined): FrameworkId | undefined {
  if (value === undefined) return undefined;
  const id = value.trim();
  if (!(FRAMEWORK_IDS as readonly string[]).includes(id))
    throw new UsageError(
      `Unknown framework ${JSON.stringify(value)}. Known frameworks: ${FRAMEWORK_IDS.join(', ')} (see \`bulwark frameworks\`).`,
    );
  return id as FrameworkId;
}

/** Whether a check reports under a framework's catalogue (Security Hub IDs outside FSBP do not count for fsbp). */
export function mapsTo(check: AnyCheck, framework: FrameworkId): boolean {
  return (check.frameworks[framework] ?? []).some((id) => findControl(framework, id) !== undefined);
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  const hits = candidates.filter((c) => c.includes(name) || name.includes(c));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Narrows the registry by --check and --service; names that match nothing are usage errors. */
export function selectChecks(all: readonly AnyCheck[], selection: Selection): AnyCheck[] {
  const services = [...new Set(all.map((c) => c.service))].sort();
  const unknownServices = (selection.services ?? []).filter((s) => !services.includes(s));
  if (unknownServices.length) {
    throw new UsageError(
      `Unknown service ${unknownServices.map((s) => JSON.stringify(s)).join(', ')}. Known services: ${services.join(', ')}.`,
    );
  }
  const ids = all.map((c) => c.id);
  const unknownChecks = (selection.checks ?? []).filter((id) => !ids.includes(id));
  if (unknownChecks.length) {
    const hint = unknownChecks.length === 1 ? closest(unknownChecks[0] as string, ids) : undefined;
    throw new UsageError(
      `Unknown check ${unknownChecks.map((s) => JSON.stringify(s)).join(', ')}.${hint ? ` Did you mean ${hint}?` : ''} Run \`bulwark checks\` for the list.`,
    );
  }
  return all.filter(
    (c) =>
      (!selection.services?.length || selection.services.includes(c.service)) &&
      (!selection.checks?.length || selection.checks.includes(c.id)) &&
      (!selection.framework || mapsTo(c, selection.framework)),
  );
}

/** The inventory sections the selected checks read: what a scan must collect. */
export function sectionsFor(checks: readonly AnyCheck[]): SectionKey[] {
  return [...new Set(checks.flatMap((c) => c.reads))].sort();
}

/** The checks to evaluate on an inventory; `partial` says what was left out and why. */
export interface RunnableChecks {
  checks: AnyCheck[];
  /** Set when the inventory lacks sections and checks that need them were dropped. */
  partial?: { heldSections: SectionKey[]; skipped: number };
}

/**
 * An inventory collected for some services (`collect --service s3`) is evaluated like the scan that
 * would have produced it: only checks whose data it holds. Asked-for checks (--service/--check)
 * whose data is missing still run, and report UNKNOWN.
 */
export function checksRunnableOn(inventory: Inventory, checks: readonly AnyCheck[], selection: Selection): RunnableChecks {
  const present = (k: SectionKey) => inventory[k] !== undefined;
  // Complete means "what a full scan collects": the sections the checks read. A section no check
  // reads yet (a service being added) is never collected, and must not make every scan look partial.
  // A framework view must show every control it could not judge, so its checks run (UNKNOWN) too.
  if (selection.services?.length || selection.checks?.length || selection.framework || sectionsFor(checks).every(present))
    return { checks: [...checks] };
  const runnable = checks.filter((c) => c.reads.length > 0 && c.reads.every(present));
  return { checks: runnable, partial: { heldSections: SECTION_KEYS.filter(present), skipped: checks.length - runnable.length } };
}
