import { describe, it, expect } from 'vitest';
import { sqsQueuePolicyNoCrossAccountAccess as check } from '../../../src/checks/sqs/sqs-queue-policy-no-cross-account-access.js';
import { ACCOUNT_ID, buildInventory, denied, ok, run } from '../../builders/index.js';
import { sqsQueue, sqsQueueAttributes, sqsSection } from '../../builders/sqs.js';

const queueArn = sqsQueue('q', 'us-east-1').arn;
const withPolicy = (policy: unknown) =>
  run(
    check,
    buildInventory({ sqs: sqsSection([sqsQueue('q', 'us-east-1', { attributes: ok(sqsQueueAttributes({ policy: policy as never })) })]) }),
  )[0];
const grant = (extra: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Grant', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: queueArn, ...extra }],
});

describe('sqs-queue-policy-no-cross-account-access', () => {
  it('passes queues without a policy', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(withPolicy(null)?.reason).toBe('SQS queue q has no access policy, so no other account is granted access.');
  });

  it('passes a grant to everyone pinned to one of its own topics', () => {
    const r = withPolicy(
      grant({ Principal: '*', Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT_ID}:jobs` } } }),
    );
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe(`SQS queue q policy grants access only within account ${ACCOUNT_ID}.`);
  });

  it('fails a policy naming another account', () => {
    const r = withPolicy(grant({ Principal: { AWS: ['444455556666', `arn:aws:iam::${ACCOUNT_ID}:root`] } }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SQS queue q policy grants access to account 444455556666.');
  });

  it("fails a grant to everyone pinned to another account's topic", () => {
    const r = withPolicy(
      grant({ Principal: '*', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:444455556666:feed' } } }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SQS queue q policy statement "Grant" admits account 444455556666 through its conditions.');
  });

  it('fails a public policy', () => {
    const r = withPolicy(grant({ Principal: { AWS: '*' } }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SQS queue q policy opens statement "Grant" to everyone.');
  });

  it('is UNKNOWN when a grant to everyone is pinned by a VPC endpoint, which names no account', () => {
    const r = withPolicy(grant({ Principal: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether SQS queue q grants other accounts access could not be decided: its policy grants to everyone in statement "Grant" (pinned by aws:SourceVpce), under conditions that name no account.',
    );
  });

  it('is UNKNOWN when the policy does not parse', () => {
    const r = withPolicy({ Statement: [{ Effect: 'Maybe' }] });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toMatch(/^Whether SQS queue q grants other accounts access could not be decided: sqs:GetQueueAttributes failed/);
  });

  it('is UNKNOWN when sqs:GetQueueAttributes is denied', () => {
    const inv = buildInventory({ sqs: sqsSection([sqsQueue('q', 'us-east-1', { attributes: denied('sqs:GetQueueAttributes') })]) });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sqs:GetQueueAttributes');
  });
});
