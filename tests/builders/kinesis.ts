import type { KinesisResource, KinesisSection } from '../../src/model/kinesis.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant kinesis resource; a test overrides only what makes its case fail. */
export function kinesisResource(name: string, region: string, overrides: Partial<KinesisResource> = {}): KinesisResource {
  return { arn: arn('kinesis', region, name), region, name, ...overrides };
}

export function kinesisSection(resources: KinesisResource[]): KinesisSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantKinesisSection(): KinesisSection {
  return kinesisSection(REGIONS.map((r) => kinesisResource(`kinesis-${r}`, r)));
}
