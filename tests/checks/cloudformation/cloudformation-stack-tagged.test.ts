import { describe, expect, it } from 'vitest';
import { cloudformationStackTagged as check } from '../../../src/checks/cloudformation/cloudformation-stack-tagged.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { cloudformationSection, cloudformationStack } from '../../builders/cloudformation.js';

const one = (tagKeys: string[]) =>
  run(check, buildInventory({ cloudformation: cloudformationSection([cloudformationStack('app', 'us-east-1', { tagKeys })]) }))[0];

describe('cloudformation-stack-tagged', () => {
  it('passes a stack with a user tag', () => {
    expect(one(['owner'])).toMatchObject({ status: 'PASS', reason: 'CloudFormation stack app has tag keys owner.' });
  });

  it('fails a stack without tags, or with system tags only', () => {
    expect(one([])).toMatchObject({ status: 'FAIL', reason: 'CloudFormation stack app has no tags.' });
    expect(one(['aws:cloudformation:stack-name'])?.reason).toBe('CloudFormation stack app has no tags other than AWS system tags.');
  });

  it('is UNKNOWN naming the denied action', () => {
    const [r] = run(check, buildInventory({ cloudformation: { stacks: { 'us-east-1': denied('cloudformation:DescribeStacks') } } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudformation:DescribeStacks was denied');
  });
});
