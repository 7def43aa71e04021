import type { ApigatewaySection } from '../model/apigateway.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';

/**
 * Scaffold: no AWS read is written yet, so every region is recorded as not read and the checks of
 * this section report UNKNOWN, never PASS. Replace the body with a readList over the service's
 * paginator (collect/guardduty.ts is a short example; collect/ec2.ts shows allKeyed for many lists),
 * add the SDK client (npm install -E @aws-sdk/client-...), and test it against moto.
 */
export async function collectApigateway(ctx: CollectContext): Promise<ApigatewaySection> {
  const resources = await forEachRegion(ctx, 'apigateway', (region) =>
    Promise.resolve(
      ctx.reader.fail(
        'apigateway:GetRestApis',
        { target: `${arnPrefix(ctx, 'apigateway', region)}:*`, region },
        'not read: the apigateway collector is a scaffold',
        'not-supported',
      ),
    ),
  );
  return { resources };
}

export const apigatewayCollector: Collector<'apigateway'> = {
  section: 'apigateway',
  collect: collectApigateway,
};
