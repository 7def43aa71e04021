import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { sgLabel } from './lib/network.js';

export const ec2SecurityGroupDefaultRestrictsAllTraffic = defineCheck({
  id: 'ec2-security-group-default-restricts-all-traffic',
  title: 'The default security group of every VPC has no inbound or outbound rules',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  frameworks: { fsbp: ['EC2.2'], 'cis-3.0': ['5.4'], checklist: ['4.4'] },
  rationale:
    'Resources launched without an explicit security group land in the VPC default group; with no rules there, a forgotten group choice fails closed instead of opening traffic between everything in the VPC.',
  remediation: {
    summary:
      'Remove every inbound and outbound rule from each VPC default security group and move resources that use it to purpose-built groups.',
    cli: "aws ec2 describe-security-group-rules --filters Name=group-id,Values=<default-group-id> --query 'SecurityGroupRules[].[SecurityGroupRuleId,IsEgress]' ; aws ec2 revoke-security-group-ingress --group-id <default-group-id> --security-group-rule-ids <ingress-rule-ids> ; aws ec2 revoke-security-group-egress --group-id <default-group-id> --security-group-rule-ids <egress-rule-ids>",
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'securityGroups', 'ec2', (sg) => {
      // A VPC's default group is the one named "default"; the name is reserved for it.
      if (sg.groupName !== 'default' || !sg.vpcId) return undefined;
      const inbound = sg.ipPermissions.length;
      const outbound = sg.ipPermissionsEgress.length;
      return inbound + outbound > 0
        ? fail(sg, `Default security group ${sgLabel(sg)} of ${sg.vpcId} has ${inbound} inbound and ${outbound} outbound rule set(s).`)
        : pass(sg, `Default security group ${sgLabel(sg)} of ${sg.vpcId} has no rules.`);
    }),
});
