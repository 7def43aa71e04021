import { describe, it, expect } from 'vitest';
import { lambdaFunctionVpcMultiAz as check } from '../../../src/checks/lambda/lambda-function-vpc-multi-az.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { lambdaFunction, lambdaSection, subnetA } from '../../builders/lambda.js';
import type { LambdaFunction, LambdaSection } from '../../../src/model/lambda.js';

const inv = (overrides: Partial<LambdaFunction>, edit: (s: LambdaSection) => void = () => undefined) => {
  const section = lambdaSection([lambdaFunction('f', 'us-east-1', overrides)]);
  edit(section);
  return run(check, buildInventory({ lambda: section }))[0];
};
const vpc = (subnetIds: string[]) => ({ vpcId: 'vpc-1', subnetIds, securityGroupIds: ['sg-1'] });

describe('lambda-function-vpc-multi-az', () => {
  it('passes a VPC function with subnets in two zones', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(inv({})?.reason).toBe('Lambda function f has subnets in 2 Availability Zones (us-east-1a, us-east-1b).');
  });

  it('fails a VPC function whose subnets are all in one zone', () => {
    const r = inv({ vpc: vpc([subnetA('us-east-1')]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Lambda function f has subnets in only 1 Availability Zone (us-east-1a).');
  });

  it('is NOT_APPLICABLE outside a VPC', () => {
    expect(inv({ vpc: null })?.status).toBe('NOT_APPLICABLE');
  });

  it('is UNKNOWN (undecided) when a subnet zone was not found', () => {
    const r = inv({ vpc: vpc([subnetA('us-east-1'), 'subnet-gone']) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('Lambda function f uses subnets whose Availability Zone was not found (subnet-gone).');
  });

  it('is UNKNOWN when ec2:DescribeSubnets is denied', () => {
    const r = inv({}, (s) => {
      s.subnetZones['us-east-1'] = denied('ec2:DescribeSubnets', { region: 'us-east-1' });
    });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSubnets');
    expect(inv({}, (s) => (s.subnetZones['us-east-1'] = ok({})))?.status).toBe('UNKNOWN');
  });
});
