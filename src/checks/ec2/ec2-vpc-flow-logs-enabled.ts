import { defineCheck, eachRegional, fail, notApplicable, pass, unknown } from '../define-check.js';

export const ec2VpcFlowLogsEnabled = defineCheck({
  id: 'ec2-vpc-flow-logs-enabled',
  title: 'Every VPC has an active flow log capturing rejected traffic',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Vpc',
  frameworks: { fsbp: ['EC2.6'], 'cis-3.0': ['3.7'], checklist: ['4.6'] },
  rationale:
    'Flow logs are the record of who talked to what inside a VPC; without them, scanning, exfiltration and lateral movement leave no network trace for detection or an investigation.',
  remediation: {
    summary: 'Create a VPC flow log with traffic type REJECT or ALL for every VPC, delivered to CloudWatch Logs, S3 or Firehose.',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type REJECT --log-destination-type s3 --log-destination <bucket-arn>',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/working-with-flow-logs.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'vpcs', 'ec2', (vpc, r) => {
      // A VPC shared with this account (VPC sharing) is listed by DescribeVpcs, but its flow
      // logs belong to, and are only visible to, the owner account, where the VPC is evaluated:
      // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-sharing.html
      if (vpc.ownerId && vpc.ownerId !== ctx.accountId) {
        return notApplicable(
          vpc,
          `VPC ${vpc.vpcId} is owned by account ${vpc.ownerId} and shared with this account; its flow logs are configured and evaluated in the owner account.`,
        );
      }
      if (!r.flowLogs.ok) return unknown(vpc, r.flowLogs.error);
      const own = r.flowLogs.value.filter((f) => f.resourceId === vpc.vpcId);
      // FSBP EC2.6 requires REJECT or ALL; ACCEPT-only logs miss the blocked probes.
      const capturing = own.filter((f) => f.flowLogStatus === 'ACTIVE' && (f.trafficType === 'REJECT' || f.trafficType === 'ALL'));
      const delivering = capturing.filter((f) => f.deliverLogsStatus !== 'FAILED');
      if (delivering.length > 0)
        return pass(
          vpc,
          `VPC ${vpc.vpcId} has active flow log ${delivering[0]?.flowLogId} capturing ${delivering[0]?.trafficType} traffic.`,
        );
      if (capturing.length > 0)
        return fail(vpc, `VPC ${vpc.vpcId} has flow log(s) ${capturing.map((f) => f.flowLogId).join(', ')} but log delivery is FAILED.`);
      if (own.length > 0)
        return fail(
          vpc,
          `VPC ${vpc.vpcId} has no active flow log capturing REJECT or ALL traffic (found ${own.map((f) => `${f.flowLogId} ${f.flowLogStatus ?? 'unknown status'} ${f.trafficType ?? ''}`.trim()).join(', ')}).`,
        );
      return fail(vpc, `VPC ${vpc.vpcId} has no flow log.`);
    }),
});
