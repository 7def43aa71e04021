import { describe, expect, it } from 'vitest';
import { kinesisStreamRetentionAdequate as check } from '../../../src/checks/kinesis/kinesis-stream-retention-adequate.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { kinesisSection, kinesisStream, kinesisStreamSummary } from '../../builders/kinesis.js';

const one = (hours: number) =>
  run(
    check,
    buildInventory({
      kinesis: kinesisSection([kinesisStream('s', 'us-east-1', { summary: ok(kinesisStreamSummary({ retentionPeriodHours: hours })) })]),
    }),
  )[0];

describe('kinesis-stream-retention-adequate', () => {
  it('passes a stream keeping records for 168 hours or more', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(168)?.reason).toBe('Kinesis stream s keeps records for 168 hours (at least 168).');
  });

  it('fails a stream with the default 24 hours', () => {
    const r = one(24);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Kinesis stream s keeps records for only 24 hours (less than 168).');
  });

  it('is UNKNOWN when kinesis:DescribeStreamSummary is denied', () => {
    const [r] = run(
      check,
      buildInventory({ kinesis: kinesisSection([kinesisStream('s', 'us-east-1', { summary: denied('kinesis:DescribeStreamSummary') })]) }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('kinesis:DescribeStreamSummary');
  });
});
