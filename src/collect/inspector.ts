import type { InspectorSection } from '../model/inspector.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';

/**
 * Scaffold: no AWS read is written yet, so every region is recorded as not read and the checks of
 * this section report UNKNOWN, never PASS. Replace the body with a readList over the service's
 * paginator (collect/guardduty.ts is a short example; collect/ec2.ts shows allKeyed for many lists),
 * add the SDK client (npm install -E @aws-sdk/client-...), and test it against moto.
 */
export async function collectInspector(ctx: CollectContext): Promise<InspectorSection> {
  const resources = await forEachRegion(ctx, 'inspector', (region) =>
    Promise.resolve(
      ctx.reader.fail(
        'inspector2:GetConfiguration',
        { target: `${arnPrefix(ctx, 'inspector2', region)}:*`, region },
        'not read: the inspector collector is a scaffold',
        'not-supported',
      ),
    ),
  );
  return { resources };
}

export const inspectorCollector: Collector<'inspector'> = {
  section: 'inspector',
  collect: collectInspector,
};
