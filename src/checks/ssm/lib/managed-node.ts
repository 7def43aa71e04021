import type { EvalContext } from '../../types.js';
import type { Observed } from '../../../model/observed.js';
import type { SsmManagedInstance, SsmSection } from '../../../model/ssm.js';
import { accountRef, missingData } from '../../define-check.js';
import { indexBy } from '../../lib/index-by.js';

/**
 * An instance's Systems Manager managed node, from its region's DescribeInstanceInformation:
 * `ok: false` when that list was not read (the check says UNKNOWN), `value: undefined` when the
 * instance is not a managed node.
 */
export function managedNode(
  ssm: SsmSection,
  ctx: EvalContext,
  region: string,
  instanceId: string,
): Observed<SsmManagedInstance | undefined> {
  const managed = ssm.regions[region]?.managedInstances;
  if (!managed)
    return {
      ok: false,
      error: missingData(
        'ssm:DescribeInstanceInformation',
        accountRef(ctx, region, 'ssm').arn,
        'Systems Manager was not read in this region',
        {
          region,
        },
      ),
    };
  if (!managed.ok) return managed;
  return { ok: true, value: indexBy(managed.value, 'instanceId').get(instanceId) };
}
