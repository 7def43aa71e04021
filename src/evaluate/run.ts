import { SECTION_KEYS, type Inventory, type SectionKey } from '../model/inventory.js';
import type { Observed, ReadError } from '../model/observed.js';
import { withMissingRegionsUnknown } from './missing-regions.js';
import type { AnyCheck, CheckResult, CheckSettings, EvalContext } from '../checks/types.js';
import { FRAMEWORK_IDS, SEVERITIES, STATUSES, type Severity, type Status } from '../model/vocabulary.js';
import { accountRef, notApplicable, undecided } from '../checks/define-check.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { RESOURCE_TYPES } from '../model/resource-types.js';
import type { CheckMetaDoc, Finding, FindingsDocument } from './finding.js';
import { complianceOf } from './compliance.js';

export interface EvaluateOptions {
  now: Date;
  settings?: Partial<CheckSettings>;
  /** When evaluation finished; defaults to the wall clock (reports only, checks never see it). */
  finishedAt?: Date;
  /** The evaluating tool; defaults to the one recorded in the inventory. */
  tool?: { name: string; version: string };
  /**
   * The caller hands the inventory over: each section is deleted from it as soon as the last check
   * that reads it has run, so a large account's data is freed while its findings are made (a
   * million-resource inventory and its findings would otherwise be held together, at the end).
   */
  releaseSections?: boolean;
}

/**
 * The checks in the order they are run: grouped by the last section (in inventory order) each
 * reads, so that when sections are released every one is freed once its group is done.
 */
function runOrder(checks: readonly AnyCheck[]): AnyCheck[] {
  const order = new Map(SECTION_KEYS.map((k, i) => [k, i]));
  const last = (c: AnyCheck) => Math.max(-1, ...c.reads.map((k) => order.get(k) ?? -1));
  return checks
    .map((check, i) => ({ check, i, key: last(check) }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.check);
}

/**
 * A check's framework ids, built once per check and shared by its findings (read-only): a
 * million-resource scan has millions of findings, and four arrays each would be most of its memory.
 */
const sharedFrameworks = new WeakMap<AnyCheck, Finding['frameworks']>();
function findingFrameworks(check: AnyCheck): Finding['frameworks'] {
  let f = sharedFrameworks.get(check);
  if (!f) sharedFrameworks.set(check, (f = frameworksOf(check)));
  return f;
}

function frameworksOf(check: AnyCheck): Finding['frameworks'] {
  return Object.fromEntries(FRAMEWORK_IDS.map((f) => [f, [...(check.frameworks[f] ?? [])]])) as Finding['frameworks'];
}

export function checkMetaDoc(check: AnyCheck): CheckMetaDoc {
  return {
    id: check.id,
    title: check.title,
    service: check.service,
    severity: check.severity,
    resourceType: check.resourceType,
    frameworks: frameworksOf(check),
    rationale: check.rationale,
    remediation: { ...check.remediation },
  };
}

/**
 * Runs one check. A check that throws, or whose inventory sections were not collected, yields
 * UNKNOWN (never PASS); a check with nothing in scope yields one account-level NOT_APPLICABLE row
 * so every selected check appears in the report.
 */
export function runCheck(check: AnyCheck, inventory: Inventory, ctx: EvalContext): CheckResult[] {
  const scope = accountRef(ctx);
  const missing = check.reads.filter((k: SectionKey) => inventory[k] === undefined);
  if (missing.length) {
    return [undecided(scope, `Not evaluated: the inventory holds no ${missing.join(', ')} data (not collected in this scan).`)];
  }
  let results: CheckResult[];
  try {
    results = (check.evaluate as (inv: Inventory, c: EvalContext) => CheckResult[])(inventory, ctx);
  } catch (err) {
    const msg = (err as Error)?.message ?? String(err);
    return [undecided(scope, `Not evaluated: the check failed on this inventory (${msg.split('\n')[0]}).`)];
  }
  if (results.length === 0) {
    const reason = `Account ${ctx.accountId} has no ${RESOURCE_TYPES[check.resourceType].noun} in the scanned regions.`;
    return [notApplicable(scope, reason)];
  }
  return results;
}

export function toFinding(check: AnyCheck, r: CheckResult, accountId: string): Finding {
  // Two literal shapes rather than a conditional spread: millions of findings, each a compact object.
  const base = {
    checkId: check.id,
    title: check.title,
    status: r.status,
    severity: check.severity,
    service: check.service,
    accountId,
    region: r.region,
    resourceArn: r.resourceArn,
    resourceType: r.resourceType ?? check.resourceType,
    reason: r.reason,
    frameworks: findingFrameworks(check),
  };
  if (!r.errors?.length) return base;
  return {
    checkId: base.checkId,
    title: base.title,
    status: base.status,
    severity: base.severity,
    service: base.service,
    accountId,
    region: base.region,
    resourceArn: base.resourceArn,
    resourceType: base.resourceType,
    reason: base.reason,
    frameworks: base.frameworks,
    errors: r.errors,
  };
}

/** Every failed read recorded in the inventory (walks all Observed values), deduplicated. */
export function inventoryErrors(inventory: Inventory): ReadError[] {
  const out = new Map<string, ReadError>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      const o = v as Observed<unknown> & Record<string, unknown>;
      if (o.ok === false && o.error && typeof o.error === 'object') {
        const e = o.error;
        out.set(`${e.action}|${e.target}|${e.region}|${e.kind}`, e);
        return;
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(inventory);
  if (inventory.regions.discoveryError) {
    const e = inventory.regions.discoveryError;
    out.set(`${e.action}|${e.target}|${e.region}|${e.kind}`, e);
  }
  return [...out.values()];
}

const severityRank = (s: Severity) => SEVERITIES.indexOf(s);
const statusRank = (s: Status) => STATUSES.indexOf(s);

/**
 * UTF-16 code-unit order, not the locale's collation: a report lists findings in the same order on
 * every machine whatever its locale, and millions of comparisons stay cheap.
 */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Worst first: status (FAIL, UNKNOWN, ...), severity, check, resource. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    statusRank(a.status) - statusRank(b.status) ||
    severityRank(a.severity) - severityRank(b.severity) ||
    byCodeUnits(a.checkId, b.checkId) ||
    byCodeUnits(a.resourceArn, b.resourceArn)
  );
}

/**
 * Distinct strings numbered as first met (`idOf` gives each value its number): one hash lookup per
 * value, then `rank` gives each number its place in code-unit order.
 */
class Distinct {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.push(value) - 1;
      this.ids.set(value, id);
    }
    return id;
  }
  /** Rank of each id's string in code-unit order (distinct strings: no ties). */
  ranks(): Int32Array {
    const { values } = this;
    const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => byCodeUnits(values[a] as string, values[b] as string));
    const rank = new Int32Array(values.length);
    order.forEach((id, r) => (rank[id] = r));
    return rank;
  }
}

/**
 * Sorts findings in place in compareFindings order (the same result, stable as Array.sort), fast
 * for millions: check ids and resources are numbered with one hash lookup each and ranked once,
 * findings are grouped by status, severity and check, and each group is sorted by resource rank
 * with a native numeric sort.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const n = findings.length;
  const src = findings.slice();
  const checks = new Distinct();
  const arns = new Distinct();
  const checkOf = new Int32Array(n);
  const arnOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const f = src[i] as Finding;
    checkOf[i] = checks.idOf(f.checkId);
    arnOf[i] = arns.idOf(f.resourceArn);
  }
  const checkRank = checks.ranks();
  const arnRank = arns.ranks();
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const f = src[i] as Finding;
    const key =
      (statusRank(f.status) * SEVERITIES.length + severityRank(f.severity)) * checkRank.length +
      (checkRank[checkOf[i] as number] as number);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  let out = 0;
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const group = groups.get(key) as number[];
    const m = group.length;
    // Resource rank, then position (stability), packed in one number: a native numeric sort.
    const keys = new Float64Array(m);
    for (let j = 0; j < m; j++) keys[j] = (arnRank[arnOf[group[j] as number] as number] as number) * m + j;
    keys.sort();
    for (let j = 0; j < m; j++) findings[out++] = src[group[(keys[j] as number) % m] as number] as Finding;
  }
  return findings;
}

export function summarize(findings: readonly Finding[]): FindingsDocument['summary'] {
  const byStatus: Record<string, number> = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  const bySeverity: Record<string, Record<string, number>> = Object.fromEntries(
    SEVERITIES.map((s) => [s, Object.fromEntries(STATUSES.map((t) => [t, 0]))]),
  );
  const byService: Record<string, Record<string, number>> = {};
  for (const f of findings) {
    byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
    const sev = bySeverity[f.severity] as Record<string, number>;
    sev[f.status] = (sev[f.status] ?? 0) + 1;
    const svc = (byService[f.service] ??= Object.fromEntries(STATUSES.map((t) => [t, 0])));
    svc[f.status] = (svc[f.status] ?? 0) + 1;
  }
  return { total: findings.length, byStatus, bySeverity, byService };
}

/**
 * Recomputes what is derived from the findings (sort order, summary, compliance views): for steps
 * that change statuses after evaluation, such as a mutelist.
 */
export function withDerivedTotals(doc: FindingsDocument): FindingsDocument {
  const findings = sortFindings([...doc.findings]);
  return { ...doc, findings, summary: summarize(findings), compliance: complianceOf({ checks: doc.checks, findings }) };
}

/** Evaluates the checks on an inventory: pure, no AWS calls, "now" given by the caller. */
export function evaluateInventory(given: Inventory, checks: readonly AnyCheck[], options: EvaluateOptions): FindingsDocument {
  // A scanned region a section lacks becomes failed reads (UNKNOWN), never silently no finding.
  const inventory = withMissingRegionsUnknown(given);
  const ctx: EvalContext = {
    now: options.now,
    accountId: inventory.account.id,
    partition: inventory.account.partition,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
  };
  // Read before any section is released.
  const errors = inventoryErrors(inventory);
  const ordered = runOrder(checks);
  const lastReader = new Map<SectionKey, AnyCheck>();
  for (const check of ordered) for (const k of check.reads) lastReader.set(k, check);
  const findings: Finding[] = [];
  for (const check of ordered) {
    for (const r of runCheck(check, inventory, ctx)) findings.push(toFinding(check, r, inventory.account.id));
    if (!options.releaseSections) continue;
    for (const k of check.reads) {
      if (lastReader.get(k) !== check) continue;
      delete (inventory as Partial<Inventory>)[k];
      delete (given as Partial<Inventory>)[k];
    }
  }
  sortFindings(findings);
  const metas = checks.map(checkMetaDoc);
  return {
    schemaVersion: 1,
    tool: options.tool ?? inventory.tool,
    account: { id: inventory.account.id, partition: inventory.account.partition },
    startedAt: inventory.startedAt,
    finishedAt: (options.finishedAt ?? new Date()).toISOString(),
    asOf: options.now.toISOString(),
    regions: { scanned: inventory.regions.scanned, skipped: inventory.regions.skipped },
    summary: summarize(findings),
    compliance: complianceOf({ checks: metas, findings }),
    checks: metas,
    findings,
    errors,
  };
}
