import { describe, expect, it } from 'vitest';
import { kinesisStreamTagged as check } from '../../../src/checks/kinesis/kinesis-stream-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { kinesisSection, kinesisStream } from '../../builders/kinesis.js';
import type { KinesisStream } from '../../../src/model/kinesis.js';

const one = (o: Partial<KinesisStream>) =>
  run(check, buildInventory({ kinesis: kinesisSection([kinesisStream('events', 'us-east-1', o)]) }))[0];

describe('kinesis-stream-tagged', () => {
  it('passes a tagged stream', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
    expect(one({})?.reason).toBe('Kinesis stream events has tag keys owner.');
  });

  it('fails a stream without user tags', () => {
    const r = one({ tagKeys: ok([]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Kinesis stream events has no tags.');
    expect(one({ tagKeys: ok(['aws:cloudformation:stack-name']) })?.reason).toBe(
      'Kinesis stream events has no tags other than AWS system tags.',
    );
  });

  it('is UNKNOWN when kinesis:ListTagsForStream is denied or was not read', () => {
    const d = one({ tagKeys: denied('kinesis:ListTagsForStream') });
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('kinesis:ListTagsForStream');
    expect(one({ tagKeys: undefined })?.reason).toContain('kinesis:ListTagsForStream');
  });
});
