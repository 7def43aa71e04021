/**
 * The GuardDuty protection-plan controls (GuardDuty.5-GuardDuty.13): each is one row saying which
 * feature of GetDetector Features[] must be ENABLED, and for the runtime-monitoring controls which
 * automated agent configuration must be ENABLED with it. Each region's detector is judged for this
 * account only: Security Hub also fails a delegated administrator whose member accounts lack the
 * plan, which an account-level read cannot see.
 */
import type { GuardDutyDetector, GuardDutyFeature } from '../../../model/guardduty.js';
import { defineCheck, eachRegion, eachResource, accountRef, fail, pass, undecided, unknown } from '../../define-check.js';
import type { CheckResult } from '../../types.js';

export interface GuardDutyPlanControl {
  id: string;
  controlId: string;
  title: string;
  severity: 'high' | 'medium';
  /** What the plan is called in reasons: 'S3 Protection' */
  plan: string;
  /** Feature names any one of which, ENABLED, carries the plan (EKS runtime monitoring has two) */
  features: readonly string[];
  /** An AdditionalConfiguration that must also be ENABLED on that feature (automated agent management) */
  agent?: string;
  rationale: string;
  cli: string;
  docs: string;
}

const enabled = (s: string | null) => s === 'ENABLED';

/** The verdict for one detector. */
export function judgePlan(c: GuardDutyPlanControl, d: GuardDutyDetector): CheckResult {
  const ref = { ...d, resourceType: 'AwsGuardDutyDetector' as const };
  if (!d.status.ok) return unknown(ref, d.status.error);
  if (d.features === null)
    return unknown(ref, {
      action: 'guardduty:GetDetector',
      kind: 'not-supported',
      target: d.arn,
      region: d.region,
      message: 'This inventory was collected by a Bulwark version that did not record GuardDuty protection plans.',
    });
  const listed = d.features.filter((f) => c.features.includes(f.name));
  if (listed.length === 0)
    return undecided(
      ref,
      `GuardDuty detector ${d.detectorId} in ${d.region} does not list ${c.features.join(' or ')} among its features (the plan may not be offered in this region).`,
    );
  const on = listed.filter((f) => enabled(f.status));
  if (on.length === 0)
    return fail(ref, `GuardDuty detector ${d.detectorId} in ${d.region} has ${c.plan} disabled (${featureStates(listed)}).`);
  if (!c.agent) return pass(ref, `GuardDuty detector ${d.detectorId} in ${d.region} has ${c.plan} enabled (${on[0]?.name}).`);
  const agent = c.agent;
  const managed = on.find((f) => f.additionalConfiguration.some((a) => a.name === agent && enabled(a.status)));
  return managed
    ? pass(ref, `GuardDuty detector ${d.detectorId} in ${d.region} has ${c.plan} enabled with ${agent} (${managed.name}).`)
    : fail(
        ref,
        `GuardDuty detector ${d.detectorId} in ${d.region} has ${on.map((f) => f.name).join(', ')} enabled but not ${agent} (automated agent management).`,
      );
}

const featureStates = (fs: GuardDutyFeature[]) => fs.map((f) => `${f.name} ${f.status ?? 'no status'}`).join(', ');

/** A check for one protection-plan control: one verdict per detector; a region without one is GuardDuty.1's finding. */
export function defineGuardDutyPlanCheck(c: GuardDutyPlanControl) {
  return defineCheck({
    id: c.id,
    title: c.title,
    service: 'guardduty',
    severity: c.severity,
    resourceType: 'AwsGuardDutyDetector',
    frameworks: { fsbp: [c.controlId] },
    rationale: c.rationale,
    remediation: { summary: `Enable ${c.plan} on the GuardDuty detector of every region.`, cli: c.cli, docs: c.docs },
    reads: ['guardduty'],
    evaluate: (inv, ctx) =>
      eachRegion(inv.guardduty.detectors, (region, detectors) =>
        eachResource(detectors, accountRef(ctx, region, 'guardduty'), (d) => judgePlan(c, d)),
      ),
  });
}
