import type { SsmComplianceSummary } from '../../model/ssm.js';
import type { ResourceType } from '../../model/resource-types.js';
import { eachRegional, fail, pass, undecided, type CheckResult, type EvalContext } from '../define-check.js';
import type { SsmSection } from '../../model/ssm.js';

/**
 * Judges the managed nodes' summaries of one compliance type (Patch, Association). Nodes without a
 * summary of that type have no compliance data for it and get no finding.
 */
export function judgeCompliance(
  ctx: EvalContext,
  section: SsmSection,
  complianceType: 'Patch' | 'Association',
  resourceType: ResourceType,
  what: string,
): CheckResult[] {
  return eachRegional(ctx, section.regions, 'complianceSummaries', 'ssm', (s: SsmComplianceSummary) => {
    if (s.complianceType !== complianceType || s.resourceType !== 'ManagedInstance') return undefined;
    const ref = { arn: s.arn, region: s.region, resourceType };
    if (s.status === 'COMPLIANT') return pass(ref, `Managed instance ${s.resourceId} has ${what} status COMPLIANT.`);
    if (s.status === 'NON_COMPLIANT')
      return fail(
        ref,
        `Managed instance ${s.resourceId} has ${what} status NON_COMPLIANT${s.nonCompliantCount ? ` (${s.nonCompliantCount} non-compliant items)` : ''}.`,
      );
    return undecided(ref, `The ${what} of managed instance ${s.resourceId} could not be decided: status "${s.status}".`);
  });
}
