import { describe, expect, it } from 'vitest';
import { cloudformationStackServiceRoleAssociated as check } from '../../../src/checks/cloudformation/cloudformation-stack-service-role-associated.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { cloudformationSection, cloudformationStack } from '../../builders/cloudformation.js';

const one = (overrides: Parameters<typeof cloudformationStack>[2]) =>
  run(check, buildInventory({ cloudformation: cloudformationSection([cloudformationStack('app', 'us-east-1', overrides)]) }))[0];

describe('cloudformation-stack-service-role-associated', () => {
  it('passes a stack with a service role', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('CloudFormation stack app uses service role arn:aws:iam::111122223333:role/cloudformation-deployer.');
  });

  it('fails a stack without one', () => {
    expect(one({ roleArn: null })).toMatchObject({
      status: 'FAIL',
      reason: 'CloudFormation stack app has no service role, so it acts with the credentials of whoever updates it.',
    });
  });

  it('is UNKNOWN naming the denied action', () => {
    const [r] = run(check, buildInventory({ cloudformation: { stacks: { 'us-east-1': denied('cloudformation:DescribeStacks') } } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudformation:DescribeStacks was denied');
  });
});
