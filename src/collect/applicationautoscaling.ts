import {
  ApplicationAutoScalingClient,
  paginateDescribeScalableTargets,
  paginateDescribeScalingPolicies,
} from '@aws-sdk/client-application-auto-scaling';
import type { ApplicationautoscalingSection } from '../model/applicationautoscaling.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed } from './kit/observed.js';

const scaled = (x: { ResourceId?: string | undefined; ScalableDimension?: string | undefined }) => ({
  resourceId: x.ResourceId ?? '',
  scalableDimension: x.ScalableDimension ?? '',
});

/**
 * Per region, the DynamoDB namespace only (what DynamoDB.1 needs): DescribeScalableTargets and
 * DescribeScalingPolicies, paginated (50 per page): two list reads per region, none per table.
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalableTargets.html
 */
export async function collectApplicationautoscaling(ctx: CollectContext): Promise<ApplicationautoscalingSection> {
  const regions = await forEachRegion(ctx, 'applicationautoscaling', (region) => {
    const client = ctx.clients.get(ApplicationAutoScalingClient, region);
    const target = `${arnPrefix(ctx, 'application-autoscaling', region)}:scalable-target/*`;
    return allKeyed({
      dynamodbTargets: readList(
        ctx.reader,
        'application-autoscaling:DescribeScalableTargets',
        { target, region },
        () => paginateDescribeScalableTargets({ client, pageSize: 50 }, { ServiceNamespace: 'dynamodb' }),
        (p) => p.ScalableTargets,
        scaled,
      ),
      dynamodbPolicies: readList(
        ctx.reader,
        'application-autoscaling:DescribeScalingPolicies',
        { target, region },
        () => paginateDescribeScalingPolicies({ client, pageSize: 50 }, { ServiceNamespace: 'dynamodb' }),
        (p) => p.ScalingPolicies,
        scaled,
      ),
    });
  });
  return { regions };
}

export const applicationautoscalingCollector: Collector<'applicationautoscaling'> = {
  section: 'applicationautoscaling',
  collect: collectApplicationautoscaling,
};
