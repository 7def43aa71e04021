import type { ApplicationautoscalingScaled, ApplicationautoscalingSection } from '../../src/model/applicationautoscaling.js';
import { REGIONS, ok } from './common.js';

/** Read and write targets (or policies) for a table: what DynamoDB auto scaling creates. */
export function tableScaling(table: string): ApplicationautoscalingScaled[] {
  return ['Read', 'Write'].map((d) => ({ resourceId: `table/${table}`, scalableDimension: `dynamodb:table:${d}CapacityUnits` }));
}

/** Every region with the same targets and policies. */
export function applicationautoscalingSection(
  targets: ApplicationautoscalingScaled[],
  policies: ApplicationautoscalingScaled[] = targets,
): ApplicationautoscalingSection {
  return { regions: Object.fromEntries(REGIONS.map((r) => [r, { dynamodbTargets: ok(targets), dynamodbPolicies: ok(policies) }])) };
}

export function compliantApplicationautoscalingSection(): ApplicationautoscalingSection {
  return applicationautoscalingSection([]);
}
