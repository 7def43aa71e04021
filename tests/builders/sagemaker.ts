import type { SagemakerResource, SagemakerSection } from '../../src/model/sagemaker.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant sagemaker resource; a test overrides only what makes its case fail. */
export function sagemakerResource(name: string, region: string, overrides: Partial<SagemakerResource> = {}): SagemakerResource {
  return { arn: arn('sagemaker', region, name), region, name, ...overrides };
}

export function sagemakerSection(resources: SagemakerResource[]): SagemakerSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantSagemakerSection(): SagemakerSection {
  return sagemakerSection(REGIONS.map((r) => sagemakerResource(`sagemaker-${r}`, r)));
}
