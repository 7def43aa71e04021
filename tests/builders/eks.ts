import type { EksResource, EksSection } from '../../src/model/eks.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant eks resource; a test overrides only what makes its case fail. */
export function eksResource(name: string, region: string, overrides: Partial<EksResource> = {}): EksResource {
  return { arn: arn('eks', region, name), region, name, ...overrides };
}

export function eksSection(resources: EksResource[]): EksSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantEksSection(): EksSection {
  return eksSection(REGIONS.map((r) => eksResource(`eks-${r}`, r)));
}
