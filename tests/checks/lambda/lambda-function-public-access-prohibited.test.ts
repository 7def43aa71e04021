import { describe, it, expect } from 'vitest';
import { lambdaFunctionPublicAccessProhibited as check } from '../../../src/checks/lambda/lambda-function-public-access-prohibited.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { lambdaFunction, lambdaSection } from '../../builders/lambda.js';
import type { LambdaFunction, LambdaFunctionPolicy } from '../../../src/model/lambda.js';

const one = (overrides: Partial<LambdaFunction>) =>
  run(check, buildInventory({ lambda: lambdaSection([lambdaFunction('f', 'us-east-1', overrides)]) }))[0];
const policy = (...Statement: LambdaFunctionPolicy[]) => ok<LambdaFunctionPolicy>({ Version: '2012-10-17', Statement });
const invoke = { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:111122223333:function:f' };

describe('lambda-function-public-access-prohibited', () => {
  it('passes functions without a policy, and policies that pin their callers', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('Lambda function f has no resource-based policy.');
    const pinned = one({
      policy: policy(
        {
          ...invoke,
          Sid: 'S3',
          Principal: { Service: 's3.amazonaws.com' },
          Condition: { StringEquals: { 'AWS:SourceAccount': '111122223333' } },
        },
        { ...invoke, Sid: 'Acct', Principal: { AWS: 'arn:aws:iam::444455556666:root' } },
      ),
    });
    expect(pinned?.status).toBe('PASS');
    expect(pinned?.reason).toBe('Lambda function f policy grants no public access.');
  });

  it('fails a statement open to every principal', () => {
    const r = one({ policy: policy({ ...invoke, Sid: 'Public', Principal: '*' }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Lambda function f policy allows every principal in statement "Public".');
  });

  it('fails an S3 trigger pinned only by the bucket ARN (no aws:SourceAccount)', () => {
    const r = one({
      policy: policy({
        ...invoke,
        Sid: 'S3',
        Principal: { Service: 's3.amazonaws.com' },
        Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } },
      }),
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Lambda function f policy lets Amazon S3 invoke it without an aws:SourceAccount condition in statement "S3".');
  });

  it('is UNKNOWN when the policy does not parse', () => {
    const r = one({ policy: ok('not a policy') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('Whether Lambda function f is public could not be decided');
  });

  it('is UNKNOWN when lambda:GetPolicy is denied', () => {
    const r = one({ policy: denied('lambda:GetPolicy') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('lambda:GetPolicy');
  });
});
