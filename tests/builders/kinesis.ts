import type { KinesisSection, KinesisStream, KinesisStreamSummary } from '../../src/model/kinesis.js';
import { REGIONS, arn, ok } from './common.js';

export function kinesisStreamSummary(overrides: Partial<KinesisStreamSummary> = {}): KinesisStreamSummary {
  return { encryptionType: 'KMS', keyId: 'alias/aws/kinesis', retentionPeriodHours: 168, ...overrides };
}

/** A compliant stream: KMS encryption, seven days of retention. */
export function kinesisStream(name: string, region: string, overrides: Partial<KinesisStream> = {}): KinesisStream {
  return {
    arn: arn('kinesis', region, `stream/${name}`),
    region,
    name,
    summary: ok(kinesisStreamSummary()),
    tagKeys: ok(['owner']),
    ...overrides,
  };
}

export function kinesisSection(streams: KinesisStream[]): KinesisSection {
  return { streams: Object.fromEntries(REGIONS.map((r) => [r, ok(streams.filter((x) => x.region === r))])) };
}

export function compliantKinesisSection(): KinesisSection {
  return kinesisSection(REGIONS.map((r) => kinesisStream(`events-${r}`, r)));
}
