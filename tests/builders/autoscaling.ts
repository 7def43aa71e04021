import type { AutoscalingResource, AutoscalingSection } from '../../src/model/autoscaling.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant autoscaling resource; a test overrides only what makes its case fail. */
export function autoscalingResource(name: string, region: string, overrides: Partial<AutoscalingResource> = {}): AutoscalingResource {
  return { arn: arn('autoscaling', region, name), region, name, ...overrides };
}

export function autoscalingSection(resources: AutoscalingResource[]): AutoscalingSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantAutoscalingSection(): AutoscalingSection {
  return autoscalingSection(REGIONS.map((r) => autoscalingResource(`autoscaling-${r}`, r)));
}
