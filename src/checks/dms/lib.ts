import type { DmsEndpoint, DmsRegion, DmsReplicationInstance, DmsReplicationTask } from '../../model/dms.js';
import type { InventoryWith } from '../../model/inventory.js';
import { eachRegional, fail, missingData, pass, undecided, unknown, type CheckResult, type EvalContext } from '../define-check.js';

type Results = CheckResult | CheckResult[] | undefined;

export const eachReplicationInstance = (
  inv: InventoryWith<'dms'>,
  ctx: EvalContext,
  fn: (i: DmsReplicationInstance, data: DmsRegion, region: string) => Results,
): CheckResult[] => eachRegional(ctx, inv.dms.regions, 'replicationInstances', 'dms', fn);

export const eachEndpoint = (
  inv: InventoryWith<'dms'>,
  ctx: EvalContext,
  fn: (e: DmsEndpoint, data: DmsRegion, region: string) => Results,
): CheckResult[] => eachRegional(ctx, inv.dms.regions, 'endpoints', 'dms', fn);

export const eachReplicationTask = (
  inv: InventoryWith<'dms'>,
  ctx: EvalContext,
  fn: (t: DmsReplicationTask, data: DmsRegion, region: string) => Results,
): CheckResult[] => eachRegional(ctx, inv.dms.regions, 'replicationTasks', 'dms', fn);

/**
 * Severities from least to most verbose
 * (https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.Logging.html).
 * Security Hub DMS.7 and DMS.8 fail a component below LOGGER_SEVERITY_DEFAULT.
 */
const SEVERITY_ORDER = [
  'LOGGER_SEVERITY_SKIP',
  'LOGGER_SEVERITY_ERROR',
  'LOGGER_SEVERITY_WARNING',
  'LOGGER_SEVERITY_DEFAULT',
  'LOGGER_SEVERITY_INFO',
  'LOGGER_SEVERITY_DEBUG',
  'LOGGER_SEVERITY_DETAILED_DEBUG',
];
const MIN_SEVERITY = SEVERITY_ORDER.indexOf('LOGGER_SEVERITY_DEFAULT');

/**
 * DMS.7 / DMS.8: logging enabled, and each of `components` (TARGET_APPLY and TARGET_LOAD, or
 * SOURCE_CAPTURE and SOURCE_UNLOAD) logged at LOGGER_SEVERITY_DEFAULT or more verbose.
 */
export function judgeTaskLogging(
  t: DmsReplicationTask,
  region: string,
  side: 'source' | 'target',
  components: readonly string[],
): CheckResult {
  const about = `Whether DMS replication task ${t.id} logs its ${side} database could not be decided`;
  if (!t.logging.ok) return unknown(t, t.logging.error, about);
  const logging = t.logging.value;
  const gap = (what: string) =>
    undecided(t, `${about}: in dms:DescribeReplicationTasks, ${what}.`, [
      missingData('dms:DescribeReplicationTasks', t.arn, what, { region }),
    ]);
  if (logging === null) return gap('the task carries no ReplicationTaskSettings');
  if (logging.enabled === false) return fail(t, `DMS replication task ${t.id} has logging turned off (Logging.EnableLogging is false).`);
  if (logging.enabled === null) return gap('its settings carry no Logging.EnableLogging');
  const missing = components.filter((c) => !(c in logging.components));
  if (missing.length > 0) return gap(`its settings list no log component ${missing.join(', ')}`);
  const low = components.filter((c) => SEVERITY_ORDER.indexOf(logging.components[c] ?? '') < MIN_SEVERITY);
  if (low.length > 0)
    return fail(
      t,
      `DMS replication task ${t.id} logs ${low.map((c) => `${c} at ${logging.components[c] ?? ''}`).join(' and ')}, below LOGGER_SEVERITY_DEFAULT.`,
    );
  return pass(t, `DMS replication task ${t.id} logs ${components.map((c) => `${c} at ${logging.components[c] ?? ''}`).join(' and ')}.`);
}
