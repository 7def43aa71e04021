import type { DaxResource, DaxSection } from '../../src/model/dax.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant dax resource; a test overrides only what makes its case fail. */
export function daxResource(name: string, region: string, overrides: Partial<DaxResource> = {}): DaxResource {
  return { arn: arn('dax', region, name), region, name, ...overrides };
}

export function daxSection(resources: DaxResource[]): DaxSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantDaxSection(): DaxSection {
  return daxSection(REGIONS.map((r) => daxResource(`dax-${r}`, r)));
}
