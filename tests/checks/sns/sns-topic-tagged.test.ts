import { describe, it, expect } from 'vitest';
import { snsTopicTagged as check } from '../../../src/checks/sns/sns-topic-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { snsSection, snsTopic } from '../../builders/sns.js';
import type { SnsTopic } from '../../../src/model/sns.js';

const one = (overrides: Partial<SnsTopic>) => run(check, buildInventory({ sns: snsSection([snsTopic('t', 'us-east-1', overrides)]) }))[0];

describe('sns-topic-tagged', () => {
  it('passes tagged topics', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({ tagKeys: ok(['aws:cloudformation:stack-name', 'owner']) })?.reason).toBe('SNS topic t has tag keys owner.');
  });

  it('fails a topic without tags', () => {
    const r = one({ tagKeys: ok([]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SNS topic t has no tags.');
  });

  it('fails a topic with system tags only', () => {
    const r = one({ tagKeys: ok(['aws:cloudformation:stack-name']) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SNS topic t has only system tags (aws:...), which AWS applies itself.');
  });

  it('is UNKNOWN when sns:ListTagsForResource is denied', () => {
    const r = one({ tagKeys: denied('sns:ListTagsForResource') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sns:ListTagsForResource');
  });
});
