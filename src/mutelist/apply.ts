import type { Finding, FindingsDocument } from '../evaluate/finding.js';
import { withDerivedTotals } from '../evaluate/run.js';
import type { Status } from '../model/vocabulary.js';
import type { Mutelist, MutelistRule } from './parse.js';
import type { ResourceTags } from './resource-tags.js';

/**
 * What a rule may mute: a failure, a finding that could not be judged, or a manual item the team
 * has reviewed. A PASS or NOT_APPLICABLE is never muted: it would only hide a good result and lower
 * the compliance figures.
 */
const MUTABLE: ReadonlySet<Status> = new Set(['FAIL', 'UNKNOWN', 'MANUAL']);

export interface ExpiredRule {
  rule: string;
  reason: string;
  expires: string;
  /** Findings the rule would still have muted. */
  wouldMute: number;
}

export type MutelistSummary = NonNullable<FindingsDocument['mutelist']>;

/** A rule has expired from 00:00 UTC on its `expires` date, judged at the evaluation's "now". */
export const isExpired = (rule: MutelistRule, now: Date): boolean =>
  rule.expires !== undefined && now.getTime() >= Date.parse(`${rule.expires}T00:00:00Z`);

function matches(rule: MutelistRule, f: Finding, tagsOf: ResourceTags): boolean {
  if (!(rule.account(f.accountId) && rule.check(f.checkId) && rule.region(f.region) && rule.resource(f.resourceArn))) return false;
  if (!rule.tags) return true;
  // Tags are known only for resources whose tag values the inventory holds: elsewhere a tag rule
  // does not match (muting on a guess would hide a real failure).
  const tags = tagsOf.get(f.resourceArn);
  return tags !== undefined && Object.entries(rule.tags).every(([k, v]) => tags[k] === v);
}

/**
 * Mutes the findings the first matching, unexpired rule covers: status MUTED, the original status
 * and the rule kept in `muted`; then recomputes sort, summary and compliance. Expired rules mute
 * nothing and are listed in `mutelist.expired`.
 */
export function applyMutelist(doc: FindingsDocument, mutelist: Mutelist, options: { now: Date; tagsOf: ResourceTags }): FindingsDocument {
  const active = mutelist.rules.filter((r) => !isExpired(r, options.now));
  const expired = mutelist.rules.filter((r) => isExpired(r, options.now));
  const wouldMute = new Map<MutelistRule, number>();
  let muted = 0;
  const findings = doc.findings.map((f): Finding => {
    if (!MUTABLE.has(f.status)) return f;
    for (const r of expired) if (matches(r, f, options.tagsOf)) wouldMute.set(r, (wouldMute.get(r) ?? 0) + 1);
    const rule = active.find((r) => matches(r, f, options.tagsOf));
    if (!rule) return f;
    muted++;
    const originalStatus = f.status as Exclude<Status, 'MUTED'>;
    return {
      ...f,
      status: 'MUTED',
      muted: { originalStatus, reason: rule.reason, rule: rule.label, ...(rule.expires ? { expires: rule.expires } : {}) },
    };
  });
  const summary: MutelistSummary = {
    file: mutelist.file,
    rules: mutelist.rules.length,
    muted,
    expired: expired.map((r) => ({ rule: r.label, reason: r.reason, expires: r.expires as string, wouldMute: wouldMute.get(r) ?? 0 })),
  };
  return withDerivedTotals({ ...doc, findings, mutelist: summary });
}

/** One line per expired rule, for stderr. */
export function expiryWarnings(summary: MutelistSummary): string[] {
  return summary.expired.map(
    (e) =>
      `warning: ${e.rule} expired on ${e.expires} and no longer mutes anything (${e.wouldMute} finding${e.wouldMute === 1 ? '' : 's'} it matches are reported); renew or remove it`,
  );
}

/**
 * A `check` pattern without wildcards that names no Bulwark check is almost always a typo that
 * would silently mute nothing: say so (a warning, since a mutelist may be shared across versions).
 */
export function unknownCheckWarnings(mutelist: Mutelist, knownCheckIds: readonly string[]): string[] {
  const known = new Set(knownCheckIds);
  const out: string[] = [];
  for (const r of mutelist.rules) {
    const patterns = r.source.check === undefined ? [] : Array.isArray(r.source.check) ? r.source.check : [r.source.check];
    for (const p of patterns) {
      if (!/[*?]/.test(p) && !known.has(p))
        out.push(`warning: ${r.label}: check "${p}" is not a Bulwark check id (see \`bulwark checks\`)`);
    }
  }
  return out;
}
