import { describe, expect, it } from 'vitest';
import { kinesisStreamEncrypted as check } from '../../../src/checks/kinesis/kinesis-stream-encrypted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { kinesisSection, kinesisStream, kinesisStreamSummary } from '../../builders/kinesis.js';
import type { KinesisStreamSummary } from '../../../src/model/kinesis.js';

const one = (summary: Partial<KinesisStreamSummary>) =>
  run(
    check,
    buildInventory({ kinesis: kinesisSection([kinesisStream('s', 'us-east-1', { summary: ok(kinesisStreamSummary(summary)) })]) }),
  )[0];

describe('kinesis-stream-encrypted', () => {
  it('passes a stream encrypted with a KMS key', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('Kinesis stream s is encrypted at rest with KMS key alias/aws/kinesis.');
  });

  it('fails a stream without encryption', () => {
    const r = one({ encryptionType: 'NONE', keyId: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Kinesis stream s is not encrypted at rest (encryption type NONE).');
  });

  it('is UNKNOWN when kinesis:DescribeStreamSummary is denied, and for the region when kinesis:ListStreams is', () => {
    const [r] = run(
      check,
      buildInventory({ kinesis: kinesisSection([kinesisStream('s', 'us-east-1', { summary: denied('kinesis:DescribeStreamSummary') })]) }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('kinesis:DescribeStreamSummary');
    const [l] = run(
      check,
      buildInventory({ kinesis: { streams: { 'eu-west-1': denied('kinesis:ListStreams', { region: 'eu-west-1' }) } } }),
    );
    expect(l?.status).toBe('UNKNOWN');
    expect(l?.reason).toContain('kinesis:ListStreams');
  });
});
