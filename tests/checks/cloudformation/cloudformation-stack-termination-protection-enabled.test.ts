import { describe, expect, it } from 'vitest';
import { cloudformationStackTerminationProtectionEnabled as check } from '../../../src/checks/cloudformation/cloudformation-stack-termination-protection-enabled.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { cloudformationSection, cloudformationStack } from '../../builders/cloudformation.js';

const one = (overrides: Parameters<typeof cloudformationStack>[2]) =>
  run(check, buildInventory({ cloudformation: cloudformationSection([cloudformationStack('app', 'us-east-1', overrides)]) }))[0];

describe('cloudformation-stack-termination-protection-enabled', () => {
  it('passes a protected stack', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('CloudFormation stack app has termination protection enabled.');
  });

  it('fails an unprotected stack, and says where to fix a nested one', () => {
    expect(one({ terminationProtection: false })).toMatchObject({
      status: 'FAIL',
      reason: 'CloudFormation stack app does not have termination protection enabled.',
    });
    expect(one({ terminationProtection: false, parentId: 'arn:aws:cloudformation:us-east-1:111122223333:stack/root/1' })?.reason).toBe(
      'CloudFormation stack app does not have termination protection enabled (it is nested: enable it on its root stack).',
    );
  });

  it('is UNKNOWN naming the denied action', () => {
    const [r] = run(check, buildInventory({ cloudformation: { stacks: { 'us-east-1': denied('cloudformation:DescribeStacks') } } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudformation:DescribeStacks was denied');
  });
});
