import type { AnyCheck } from '../checks/types.js';
import type { SectionKey } from '../model/inventory.js';
import { UsageError } from '../errors.js';

export interface Selection {
  checks?: readonly string[];
  services?: readonly string[];
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
      (!selection.checks?.length || selection.checks.includes(c.id)),
  );
}

/** The inventory sections the selected checks read: what a scan must collect. */
export function sectionsFor(checks: readonly AnyCheck[]): SectionKey[] {
  return [...new Set(checks.flatMap((c) => c.reads))].sort();
}
