import { describe, it, expect } from 'vitest';
import { snsTopicPolicyNoCrossAccountAccess as check } from '../../../src/checks/sns/sns-topic-policy-no-cross-account-access.js';
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
const grant = (extra: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Grant', Effect: 'Allow', Action: 'sns:Publish', Resource: topicArn, ...extra }],
});

describe('sns-topic-policy-no-cross-account-access', () => {
  it("passes AWS's default policy, pinned to the owner by AWS:SourceOwner", () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(withPolicy(snsTopicAttributes(topicArn).policy)?.reason).toBe(
      `SNS topic t policy grants access only within account ${ACCOUNT_ID}.`,
    );
  });

  it('passes a topic without a policy, and grants to service principals', () => {
    expect(withPolicy(null)?.reason).toBe('SNS topic t has no access policy, so no other account is granted access.');
    expect(withPolicy(grant({ Principal: { Service: 'events.amazonaws.com' } }))?.status).toBe('PASS');
  });

  it('fails a policy naming another account', () => {
    const r = withPolicy(grant({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SNS topic t policy grants access to account 444455556666.');
  });

  it('fails a grant to everyone pinned to another account', () => {
    const r = withPolicy(grant({ Principal: '*', Condition: { StringEquals: { 'aws:SourceAccount': '444455556666' } } }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SNS topic t policy statement "Grant" admits account 444455556666 through its conditions.');
  });

  it('fails a public policy', () => {
    const r = withPolicy(grant({ Principal: '*' }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SNS topic t policy opens statement "Grant" to everyone.');
  });

  it('is UNKNOWN when a grant to everyone is pinned by an organization, which names no account', () => {
    const r = withPolicy(grant({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether SNS topic t grants other accounts access could not be decided: its policy grants to everyone in statement "Grant" (pinned by aws:PrincipalOrgID), under conditions that name no account.',
    );
  });

  it('is UNKNOWN when the policy does not parse', () => {
    const r = withPolicy('{not json');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toMatch(/^Whether SNS topic t grants other accounts access could not be decided: sns:GetTopicAttributes failed/);
  });

  it('is UNKNOWN when sns:GetTopicAttributes is denied', () => {
    const inv = buildInventory({ sns: snsSection([snsTopic('t', 'us-east-1', { attributes: denied('sns:GetTopicAttributes') })]) });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sns:GetTopicAttributes');
  });
});
