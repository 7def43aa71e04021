import type { AcmResource, AcmSection } from '../../src/model/acm.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant acm resource; a test overrides only what makes its case fail. */
export function acmResource(name: string, region: string, overrides: Partial<AcmResource> = {}): AcmResource {
  return { arn: arn('acm', region, name), region, name, ...overrides };
}

export function acmSection(resources: AcmResource[]): AcmSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantAcmSection(): AcmSection {
  return acmSection(REGIONS.map((r) => acmResource(`acm-${r}`, r)));
}
