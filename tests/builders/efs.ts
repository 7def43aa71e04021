import type { EfsResource, EfsSection } from '../../src/model/efs.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant efs resource; a test overrides only what makes its case fail. */
export function efsResource(name: string, region: string, overrides: Partial<EfsResource> = {}): EfsResource {
  return { arn: arn('elasticfilesystem', region, name), region, name, ...overrides };
}

export function efsSection(resources: EfsResource[]): EfsSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantEfsSection(): EfsSection {
  return efsSection(REGIONS.map((r) => efsResource(`efs-${r}`, r)));
}
