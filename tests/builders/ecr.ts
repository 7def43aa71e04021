import type { EcrResource, EcrSection } from '../../src/model/ecr.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant ecr resource; a test overrides only what makes its case fail. */
export function ecrResource(name: string, region: string, overrides: Partial<EcrResource> = {}): EcrResource {
  return { arn: arn('ecr', region, name), region, name, ...overrides };
}

export function ecrSection(resources: EcrResource[]): EcrSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantEcrSection(): EcrSection {
  return ecrSection(REGIONS.map((r) => ecrResource(`ecr-${r}`, r)));
}
