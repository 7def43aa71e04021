import type { AcmSection } from '../model/acm.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';

/**
 * Scaffold: no AWS read is written yet, so every region is recorded as not read and the checks of
 * this section report UNKNOWN, never PASS. Replace the body with a readList over the service's
 * paginator (collect/guardduty.ts is a short example; collect/ec2.ts shows allKeyed for many lists),
 * add the SDK client (npm install -E @aws-sdk/client-...), and test it against moto.
 */
export async function collectAcm(ctx: CollectContext): Promise<AcmSection> {
  const resources = await forEachRegion(ctx, 'acm', (region) =>
    Promise.resolve(
      ctx.reader.fail(
        'acm:ListCertificates',
        { target: `${arnPrefix(ctx, 'acm', region)}:*`, region },
        'not read: the acm collector is a scaffold',
        'not-supported',
      ),
    ),
  );
  return { resources };
}

export const acmCollector: Collector<'acm'> = {
  section: 'acm',
  collect: collectAcm,
};
