import type { RedshiftResource, RedshiftSection } from '../../src/model/redshift.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant redshift resource; a test overrides only what makes its case fail. */
export function redshiftResource(name: string, region: string, overrides: Partial<RedshiftResource> = {}): RedshiftResource {
  return { arn: arn('redshift', region, name), region, name, ...overrides };
}

export function redshiftSection(resources: RedshiftResource[]): RedshiftSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantRedshiftSection(): RedshiftSection {
  return redshiftSection(REGIONS.map((r) => redshiftResource(`redshift-${r}`, r)));
}
