import type { DmsResource, DmsSection } from '../../src/model/dms.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant dms resource; a test overrides only what makes its case fail. */
export function dmsResource(name: string, region: string, overrides: Partial<DmsResource> = {}): DmsResource {
  return { arn: arn('dms', region, name), region, name, ...overrides };
}

export function dmsSection(resources: DmsResource[]): DmsSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantDmsSection(): DmsSection {
  return dmsSection(REGIONS.map((r) => dmsResource(`dms-${r}`, r)));
}
