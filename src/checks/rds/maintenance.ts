/**
 * Checklist 6.7, "database engines patched": what DescribePendingMaintenanceActions lists for a DB
 * instance or cluster. Only engine and operating system updates count as "not patched"
 * (db-upgrade, system-update, os-upgrade); hardware maintenance and CA certificate rotation are
 * other kinds of maintenance and are named in the reason without failing.
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html
 */
import type { RdsPendingMaintenanceAction, RdsRegion } from '../../model/rds.js';
import { fail, missingData, pass, unknown, type CheckResult, type EvalContext, type ResourceRef } from '../define-check.js';
import { recordedOrPredates } from '../lib/optional-list.js';

export const PATCH_ACTIONS: readonly string[] = ['db-upgrade', 'system-update', 'os-upgrade'];

/** "db-upgrade (Upgrade to 8.0.36; applied after 2026-12-20, forced on 2027-01-15)" */
function describeAction(a: RdsPendingMaintenanceAction): string {
  const dates = [
    a.currentApply ? `scheduled for ${a.currentApply.slice(0, 10)}` : null,
    a.autoAppliedAfter ? `auto-applied after ${a.autoAppliedAfter.slice(0, 10)}` : null,
    a.forcedApply ? `forced on ${a.forcedApply.slice(0, 10)}` : null,
  ].filter((d): d is string => d !== null);
  const details = [a.description, ...dates].filter((d): d is string => !!d);
  return details.length > 0 ? `${a.action} (${details.join('; ')})` : `${a.action} (no apply date set: applied when you choose)`;
}

/** The verdict for one instance or cluster, `label` naming it ("RDS DB instance db1"). */
export function judgePatched(ctx: EvalContext, r: ResourceRef, label: string, data: RdsRegion, region: string): CheckResult {
  const listed = recordedOrPredates(
    data.pendingMaintenance,
    'rds:DescribePendingMaintenanceActions',
    `arn:${ctx.partition}:rds:${region}:${ctx.accountId}:*`,
    region,
  );
  if (!listed.ok) return unknown(r, listed.error);
  const actions = listed.value.filter((p) => p.resourceArn === r.arn).flatMap((p) => p.actions);
  const patches = actions.filter((a) => PATCH_ACTIONS.includes(a.action));
  if (patches.length > 0) return fail(r, `${label} has pending engine or OS updates: ${patches.map(describeAction).join(', ')}.`);
  if (!r.arn)
    return unknown(r, missingData('rds:DescribePendingMaintenanceActions', label, 'the resource has no ARN to match', { region }));
  const other = actions.map((a) => a.action);
  return pass(
    r,
    other.length > 0
      ? `${label} has no pending engine or OS update (other maintenance pending: ${other.join(', ')}).`
      : `${label} has no pending maintenance.`,
  );
}
