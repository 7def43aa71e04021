import { describe, it, expect } from 'vitest';
import { sqsQueuePolicyNotPublic as check } from '../../../src/checks/sqs/sqs-queue-policy-not-public.js';
import { ACCOUNT_ID, buildInventory, denied, ok, run } from '../../builders/index.js';
import { sqsQueue, sqsQueueAttributes, sqsSection } from '../../builders/sqs.js';

const queueArn = sqsQueue('q', 'us-east-1').arn;
const withPolicy = (policy: unknown) =>
  run(
    check,
    buildInventory({ sqs: sqsSection([sqsQueue('q', 'us-east-1', { attributes: ok(sqsQueueAttributes({ policy: policy as never })) })]) }),
  )[0];
const policy = (statements: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement: statements });
const open = (extra: Record<string, unknown> = {}) => ({
  Sid: 'Open',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'],
  Resource: queueArn,
  ...extra,
});

describe('sqs-queue-policy-not-public', () => {
  it('passes queues without a policy', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(withPolicy(null)?.reason).toBe("SQS queue q has no access policy, so only its own account's IAM grants apply.");
  });

  it('passes a grant to everyone pinned to one SNS topic by aws:SourceArn', () => {
    const r = withPolicy(policy([open({ Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT_ID}:jobs` } } })]));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('SQS queue q policy allows no public access (every grant names fixed principals or pins the caller).');
  });

  it('passes a grant to everyone that a Deny closes to all but one organization', () => {
    const deny = {
      Sid: 'OrgOnly',
      Effect: 'Deny',
      Principal: '*',
      Action: '*',
      Resource: queueArn,
      Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
    };
    const r = withPolicy(policy([open(), deny]));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe(
      'SQS queue q policy allows no public access: statement "OrgOnly" denies every caller but a pinned one what statement "Open" allows.',
    );
  });

  it('fails a grant to everyone without conditions', () => {
    const r = withPolicy(policy([open()]));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SQS queue q policy statement "Open" allows sqs:SendMessage, sqs:ReceiveMessage to everyone.');
  });

  it('fails a grant to everyone whose conditions pin nothing, such as a wildcard source account', () => {
    const r = withPolicy(policy([open({ Condition: { StringLike: { 'aws:SourceAccount': '*' } } })]));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'SQS queue q policy statement "Open" allows sqs:SendMessage, sqs:ReceiveMessage to everyone under conditions that do not pin the caller to fixed values.',
    );
  });

  it('fails a NotAction grant to everyone, naming what it allows', () => {
    const r = withPolicy(policy([{ Effect: 'Allow', Principal: '*', NotAction: 'sqs:DeleteQueue', Resource: queueArn }]));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SQS queue q policy statement #1 allows every action except sqs:DeleteQueue to everyone.');
  });

  it('is UNKNOWN when the policy does not parse', () => {
    const r = withPolicy({ Statement: 'nonsense' });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toMatch(/^Whether SQS queue q is public could not be decided: sqs:GetQueueAttributes failed/);
  });

  it('is UNKNOWN when sqs:GetQueueAttributes is denied', () => {
    const inv = buildInventory({ sqs: sqsSection([sqsQueue('q', 'us-east-1', { attributes: denied('sqs:GetQueueAttributes') })]) });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sqs:GetQueueAttributes');
  });
});
