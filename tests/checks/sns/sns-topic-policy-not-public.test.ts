import { describe, it, expect } from 'vitest';
import { snsTopicPolicyNotPublic as check } from '../../../src/checks/sns/sns-topic-policy-not-public.js';
import { ACCOUNT_ID, buildInventory, denied, ok, run } from '../../builders/index.js';
import { snsSection, snsTopic, snsTopicAttributes } from '../../builders/sns.js';

const topicArn = snsTopic('t', 'us-east-1').arn;
const withPolicy = (policy: unknown) =>
  run(
    check,
    buildInventory({
      sns: snsSection([snsTopic('t', 'us-east-1', { attributes: ok(snsTopicAttributes(topicArn, { policy: policy as never })) })]),
    }),
  )[0];
const statement = (extra: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: topicArn, ...extra }],
});

describe('sns-topic-policy-not-public', () => {
  it("passes AWS's default policy, pinned to the owner by AWS:SourceOwner", () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(withPolicy(snsTopicAttributes(topicArn).policy)?.reason).toBe(
      'SNS topic t policy allows no public access (every grant names fixed principals or pins the caller).',
    );
  });

  it('passes a grant to everyone pinned by aws:SourceArn, and a grant to one named account', () => {
    const pinned = withPolicy(
      statement({ Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:cloudwatch:us-east-1:${ACCOUNT_ID}:alarm:*` } } }),
    );
    expect(pinned?.status).toBe('PASS');
    expect(withPolicy(statement({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } }))?.status).toBe('PASS');
  });

  it('fails a grant to everyone pinned only by a wildcard account in aws:SourceArn', () => {
    const r = withPolicy(statement({ Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudwatch:us-east-1:*:alarm:*' } } }));
    expect(r?.status).toBe('FAIL');
  });

  it('passes a topic without a policy', () => {
    expect(withPolicy(null)?.status).toBe('PASS');
    expect(withPolicy(null)?.reason).toBe("SNS topic t has no access policy, so only its own account's IAM grants apply.");
  });

  it('fails a grant to everyone without conditions', () => {
    const r = withPolicy(statement({}));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SNS topic t policy statement "Open" allows sns:Publish to everyone.');
  });

  it('fails a grant to everyone whose conditions pin nothing', () => {
    const r = withPolicy(statement({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'SNS topic t policy statement "Open" allows sns:Publish to everyone under conditions that do not pin the caller to fixed values.',
    );
  });

  it('is UNKNOWN when the policy does not parse', () => {
    const r = withPolicy('not a policy');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toMatch(/^Whether SNS topic t is public could not be decided: sns:GetTopicAttributes failed/);
  });

  it('is UNKNOWN when sns:GetTopicAttributes is denied', () => {
    const inv = buildInventory({ sns: snsSection([snsTopic('t', 'us-east-1', { attributes: denied('sns:GetTopicAttributes') })]) });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sns:GetTopicAttributes');
  });
});
