import { describe, it, expect } from 'vitest';
import { ec2VpcFlowLogsEnabled as check } from '../../../src/checks/ec2/ec2-vpc-flow-logs-enabled.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2FlowLog, ec2Vpc } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const vpc = ec2Vpc({ region: R, vpcId: 'vpc-0demo' });
const status = (flowLogs: ReturnType<typeof ec2FlowLog>[]) =>
  statusByArn(runWith(check, { vpcs: ok([vpc]), flowLogs: ok(flowLogs) }))[vpc.arn];

describe('ec2-vpc-flow-logs-enabled', () => {
  it('passes with an active ALL or REJECT flow log', () => {
    expect(status([ec2FlowLog({ resourceId: 'vpc-0demo' })])).toBe('PASS');
    expect(status([ec2FlowLog({ resourceId: 'vpc-0demo', trafficType: 'REJECT' })])).toBe('PASS');
  });

  it('fails without any flow log for the VPC (a subnet flow log does not count)', () => {
    const [r] = inRegion(runWith(check, { vpcs: ok([vpc]), flowLogs: ok([ec2FlowLog({ resourceId: 'subnet-0demo' })]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('VPC vpc-0demo has no flow log.');
  });

  it('fails with an ACCEPT-only flow log', () => {
    expect(status([ec2FlowLog({ resourceId: 'vpc-0demo', trafficType: 'ACCEPT' })])).toBe('FAIL');
  });

  it('fails with a flow log that is not ACTIVE', () => {
    expect(status([ec2FlowLog({ resourceId: 'vpc-0demo', flowLogStatus: 'INACTIVE' })])).toBe('FAIL');
  });

  it('fails when log delivery is FAILED', () => {
    const [r] = inRegion(
      runWith(check, { vpcs: ok([vpc]), flowLogs: ok([ec2FlowLog({ resourceId: 'vpc-0demo', deliverLogsStatus: 'FAILED' })]) }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('FAILED');
  });

  it("is not applicable for a VPC another account shares with this one (its flow logs are the owner's)", () => {
    // VPC sharing: DescribeVpcs lists the owner's VPC with the owner's OwnerId; flow logs the
    // owner created are not visible here, so a FAIL would be false.
    const shared = ec2Vpc({ region: R, vpcId: 'vpc-0shared', ownerId: '999988887777' });
    const [r] = inRegion(runWith(check, { vpcs: ok([shared]), flowLogs: ok([]) }));
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toContain('owned by account 999988887777');
    // This account's own VPC (OwnerId = the scanned account) is still evaluated.
    expect(status([])).toBe('FAIL');
  });

  it('is UNKNOWN per VPC naming the action when DescribeFlowLogs is denied', () => {
    const [r] = inRegion(runWith(check, { vpcs: ok([vpc]), flowLogs: deniedEc2('ec2:DescribeFlowLogs') }));
    expect(r?.resourceArn).toBe(vpc.arn);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeFlowLogs');
  });

  it('is UNKNOWN naming the action when DescribeVpcs is denied', () => {
    const [r] = inRegion(runWith(check, { vpcs: deniedEc2('ec2:DescribeVpcs') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeVpcs');
  });
});
