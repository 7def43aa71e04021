import type { EksSection } from '../model/eks.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';

/**
 * Scaffold: no AWS read is written yet, so every region is recorded as not read and the checks of
 * this section report UNKNOWN, never PASS. Replace the body with a readList over the service's
 * paginator (collect/guardduty.ts is a short example; collect/ec2.ts shows allKeyed for many lists),
 * add the SDK client (npm install -E @aws-sdk/client-...), and test it against moto.
 */
export async function collectEks(ctx: CollectContext): Promise<EksSection> {
  const resources = await forEachRegion(ctx, 'eks', (region) =>
    Promise.resolve(
      ctx.reader.fail(
        'eks:ListClusters',
        { target: `${arnPrefix(ctx, 'eks', region)}:*`, region },
        'not read: the eks collector is a scaffold',
        'not-supported',
      ),
    ),
  );
  return { resources };
}

export const eksCollector: Collector<'eks'> = {
  section: 'eks',
  collect: collectEks,
};
