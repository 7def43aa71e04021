import type { ReadError } from '../../model/observed.js';
import type { RedshiftCluster, RedshiftRegion } from '../../model/redshift.js';
import type { InventoryWith } from '../../model/inventory.js';
import { eachRegional, missingData, type CheckResult, type EvalContext } from '../define-check.js';

/** Runs `fn` on every Redshift cluster of every scanned region; a failed DescribeClusters is one UNKNOWN per region. */
export function eachCluster(
  inv: InventoryWith<'redshift'>,
  ctx: EvalContext,
  fn: (cluster: RedshiftCluster, data: RedshiftRegion, region: string) => CheckResult | CheckResult[] | undefined,
): CheckResult[] {
  return eachRegional(ctx, inv.redshift.regions, 'clusters', 'redshift', fn);
}

/** What a cluster's parameter groups say about one parameter. */
export type ParameterVerdict =
  | { kind: 'value'; group: string; value: string | null }
  | { kind: 'unread'; errors: ReadError[] }
  | { kind: 'unlisted'; group: string }
  | { kind: 'no-group' };

/**
 * The value of `name` in the cluster's parameter group (a cluster has one; should AWS list more,
 * the first that does not say "true" decides, so a PASS needs every group to agree).
 */
export function clusterParameter(cluster: RedshiftCluster, data: RedshiftRegion, name: string): ParameterVerdict {
  if (cluster.parameterGroups.length === 0) return { kind: 'no-group' };
  let found: ParameterVerdict | undefined;
  for (const g of cluster.parameterGroups) {
    const read = data.parameterGroups[g.name];
    if (!read)
      return {
        kind: 'unread',
        errors: [
          missingData('redshift:DescribeClusterParameters', cluster.arn, `parameter group ${g.name} is not in the inventory`, {
            region: cluster.region,
          }),
        ],
      };
    if (!read.ok) return { kind: 'unread', errors: [read.error] };
    if (!(name in read.value)) return { kind: 'unlisted', group: g.name };
    const value = read.value[name] ?? null;
    const verdict: ParameterVerdict = { kind: 'value', group: g.name, value };
    if (value?.trim().toLowerCase() !== 'true') return verdict;
    found ??= verdict;
  }
  return found ?? { kind: 'no-group' };
}
