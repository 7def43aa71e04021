import type { SsmResource, SsmSection } from '../../src/model/ssm.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant ssm resource; a test overrides only what makes its case fail. */
export function ssmResource(name: string, region: string, overrides: Partial<SsmResource> = {}): SsmResource {
  return { arn: arn('ssm', region, name), region, name, ...overrides };
}

export function ssmSection(resources: SsmResource[]): SsmSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantSsmSection(): SsmSection {
  return ssmSection(REGIONS.map((r) => ssmResource(`ssm-${r}`, r)));
}
