import type { ApplicationautoscalingResource, ApplicationautoscalingSection } from '../../src/model/applicationautoscaling.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant applicationautoscaling resource; a test overrides only what makes its case fail. */
export function applicationautoscalingResource(
  name: string,
  region: string,
  overrides: Partial<ApplicationautoscalingResource> = {},
): ApplicationautoscalingResource {
  return { arn: arn('application-autoscaling', region, name), region, name, ...overrides };
}

export function applicationautoscalingSection(resources: ApplicationautoscalingResource[]): ApplicationautoscalingSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantApplicationautoscalingSection(): ApplicationautoscalingSection {
  return applicationautoscalingSection(REGIONS.map((r) => applicationautoscalingResource(`applicationautoscaling-${r}`, r)));
}
