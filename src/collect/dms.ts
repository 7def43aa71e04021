import type { DmsSection } from '../model/dms.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';

/**
 * Scaffold: no AWS read is written yet, so every region is recorded as not read and the checks of
 * this section report UNKNOWN, never PASS. Replace the body with a readList over the service's
 * paginator (collect/guardduty.ts is a short example; collect/ec2.ts shows allKeyed for many lists),
 * add the SDK client (npm install -E @aws-sdk/client-...), and test it against moto.
 */
export async function collectDms(ctx: CollectContext): Promise<DmsSection> {
  const resources = await forEachRegion(ctx, 'dms', (region) =>
    Promise.resolve(
      ctx.reader.fail(
        'dms:DescribeReplicationInstances',
        { target: `${arnPrefix(ctx, 'dms', region)}:*`, region },
        'not read: the dms collector is a scaffold',
        'not-supported',
      ),
    ),
  );
  return { resources };
}

export const dmsCollector: Collector<'dms'> = {
  section: 'dms',
  collect: collectDms,
};
