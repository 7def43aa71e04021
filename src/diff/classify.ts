import type { Finding, FindingsDocument } from '../evaluate/finding.js';
import { compareFindings } from '../evaluate/run.js';
import { SEVERITIES, type Severity, type Status } from '../model/vocabulary.js';

/**
 * Compares two findings documents of one account: which failures are new, which were fixed, which
 * are still there. A finding's identity is its check, resource ARN and region.
 *
 * Never a false "fixed": a failure is fixed only when the newer scan judged the resource and found
 * it compliant (PASS, NOT_APPLICABLE) or, with the same check run over the same region, no longer
 * saw the resource. A failure that became UNKNOWN or MANUAL is "no longer judged"; one that became
 * MUTED was accepted, not fixed. Findings of a check or region that only one scan covered are
 * neither new nor fixed: they are counted apart as not compared.
 */

export type Presence = Status | 'absent';

export interface DiffEntry {
  checkId: string;
  title: string;
  severity: Severity;
  region: string;
  resourceArn: string;
  before: Presence;
  after: Presence;
  /** The newer scan's reason when it has the finding, else the older one's. */
  reason: string;
}

export interface ScanRef {
  accountId: string;
  startedAt: string;
  finishedAt: string;
  asOf: string;
  checks: number;
  findings: number;
}

export interface DiffResult {
  old: ScanRef;
  new: ScanRef;
  /** FAIL now, not FAIL before (absent, PASS, UNKNOWN, MUTED...). */
  newFailures: DiffEntry[];
  /** FAIL before; now PASS or NOT_APPLICABLE, or the resource is gone from a scan that covered it. */
  fixed: DiffEntry[];
  /** FAIL in both. */
  stillFailing: DiffEntry[];
  /**
   * FAIL before, now UNKNOWN or MANUAL, or absent where the newer scan has an UNKNOWN for the check:
   * not fixed, the newer scan could not judge it.
   */
  noLongerJudged: DiffEntry[];
  /** FAIL before, now MUTED by a mutelist rule: accepted, not fixed. */
  nowMuted: DiffEntry[];
  /** Other status changes worth naming, e.g. PASS to UNKNOWN (visibility lost) or UNKNOWN to PASS. */
  otherChanges: DiffEntry[];
  checksOnlyInOld: string[];
  checksOnlyInNew: string[];
  regionsOnlyInOld: string[];
  regionsOnlyInNew: string[];
  /** Findings of a check or region only one scan covered. */
  notCompared: number;
  warnings: string[];
}

const identity = (f: Pick<Finding, 'checkId' | 'resourceArn' | 'region'>) => `${f.checkId}\u0000${f.resourceArn}\u0000${f.region}`;

/** One finding per identity; should a document hold two, the worst one speaks for it. */
function byIdentity(findings: readonly Finding[]): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const f of [...findings].sort(compareFindings)) if (!out.has(identity(f))) out.set(identity(f), f);
  return out;
}

const ref = (doc: FindingsDocument): ScanRef => ({
  accountId: doc.account.id,
  startedAt: doc.startedAt,
  finishedAt: doc.finishedAt,
  asOf: doc.asOf,
  checks: doc.checks.length,
  findings: doc.findings.length,
});

/** Findings of global services carry region 'global', which no scan lists among its regions. */
const coveredRegion = (regions: ReadonlySet<string>, region: string) => region === 'global' || regions.has(region);

const only = (a: readonly string[], b: ReadonlySet<string>) => [...new Set(a)].filter((x) => !b.has(x)).sort();

export function diffDocuments(older: FindingsDocument, newer: FindingsDocument): DiffResult {
  const oldChecks = new Set(older.checks.map((c) => c.id));
  const newChecks = new Set(newer.checks.map((c) => c.id));
  const oldRegions = new Set(older.regions.scanned);
  const newRegions = new Set(newer.regions.scanned);
  const result: DiffResult = {
    old: ref(older),
    new: ref(newer),
    newFailures: [],
    fixed: [],
    stillFailing: [],
    noLongerJudged: [],
    nowMuted: [],
    otherChanges: [],
    checksOnlyInOld: only([...oldChecks], newChecks),
    checksOnlyInNew: only([...newChecks], oldChecks),
    regionsOnlyInOld: only(older.regions.scanned, newRegions),
    regionsOnlyInNew: only(newer.regions.scanned, oldRegions),
    notCompared: 0,
    warnings: [],
  };

  // A resource missing from the newer scan is fixed only if that scan could see it: a listing that
  // failed leaves one account-scoped UNKNOWN for the check (per region, or 'global'; see
  // define-check's scope), not one per resource.
  const blind = new Set(
    newer.findings.filter((f) => f.status === 'UNKNOWN' && f.resourceType === 'AwsAccount').map((f) => `${f.checkId}\u0000${f.region}`),
  );
  const couldSee = (f: Finding) => !blind.has(`${f.checkId}\u0000${f.region}`) && !blind.has(`${f.checkId}\u0000global`);
  const before = byIdentity(older.findings);
  const after = byIdentity(newer.findings);
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const o = before.get(key);
    const n = after.get(key);
    const f = (n ?? o) as Finding;
    const comparable =
      oldChecks.has(f.checkId) && newChecks.has(f.checkId) && coveredRegion(oldRegions, f.region) && coveredRegion(newRegions, f.region);
    if (!comparable) {
      result.notCompared++;
      continue;
    }
    const entry: DiffEntry = {
      checkId: f.checkId,
      title: f.title,
      severity: f.severity,
      region: f.region,
      resourceArn: f.resourceArn,
      before: o?.status ?? 'absent',
      after: n?.status ?? 'absent',
      reason: f.reason,
    };
    const list =
      entry.before === 'FAIL' && entry.after === 'absent' && !couldSee(f)
        ? result.noLongerJudged
        : bucketOf(entry.before, entry.after, result);
    list?.push(entry);
  }
  for (const list of [result.newFailures, result.fixed, result.stillFailing, result.noLongerJudged, result.nowMuted, result.otherChanges])
    list.sort(compareEntries);
  result.warnings = warningsFor(older, newer, result);
  return result;
}

function bucketOf(before: Presence, after: Presence, r: DiffResult): DiffEntry[] | undefined {
  if (after === 'FAIL') return before === 'FAIL' ? r.stillFailing : r.newFailures;
  if (before === 'FAIL') {
    if (after === 'PASS' || after === 'NOT_APPLICABLE' || after === 'absent') return r.fixed;
    if (after === 'MUTED') return r.nowMuted;
    return r.noLongerJudged; // UNKNOWN, MANUAL
  }
  // Neither side failed: name what changes what a reader can rely on.
  if (before === after || before === 'absent' || after === 'absent') return undefined;
  return r.otherChanges;
}

function compareEntries(a: DiffEntry, b: DiffEntry): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    a.checkId.localeCompare(b.checkId) ||
    a.resourceArn.localeCompare(b.resourceArn) ||
    a.region.localeCompare(b.region)
  );
}

function warningsFor(older: FindingsDocument, newer: FindingsDocument, r: DiffResult): string[] {
  const w: string[] = [];
  if (older.account.id !== newer.account.id)
    w.push(
      `The documents are for different accounts (${older.account.id} and ${newer.account.id}): the comparison is probably meaningless.`,
    );
  if (Date.parse(newer.finishedAt) < Date.parse(older.finishedAt))
    w.push('The NEW document finished before the OLD one: are the arguments the right way round?');
  const list = (ids: string[]) => (ids.length > 10 ? `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more` : ids.join(', '));
  if (r.checksOnlyInOld.length)
    w.push(`${r.checksOnlyInOld.length} checks only in OLD (their findings are neither new nor fixed): ${list(r.checksOnlyInOld)}.`);
  if (r.checksOnlyInNew.length)
    w.push(`${r.checksOnlyInNew.length} checks only in NEW (their findings are neither new nor fixed): ${list(r.checksOnlyInNew)}.`);
  if (r.regionsOnlyInOld.length || r.regionsOnlyInNew.length)
    w.push(
      `Regions scanned differ (only OLD: ${r.regionsOnlyInOld.join(', ') || 'none'}; only NEW: ${r.regionsOnlyInNew.join(', ') || 'none'}): findings there are neither new nor fixed.`,
    );
  return w;
}

/** Severities at or above `min`, for --fail-on-new. */
export function severitiesAtLeast(min: Severity): Severity[] {
  return SEVERITIES.slice(0, SEVERITIES.indexOf(min) + 1);
}
