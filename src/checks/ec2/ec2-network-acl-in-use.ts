import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const ec2NetworkAclInUse = defineCheck({
  id: 'ec2-network-acl-in-use',
  title: 'Network ACLs are associated with a subnet',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2NetworkAcl',
  frameworks: { fsbp: ['EC2.16'] },
  rationale:
    'A network ACL that no subnet uses filters nothing, yet its rules can be put in force by one association nobody reviews. As Security Hub EC2.16, an ACL passes while it is associated with at least one subnet.',
  remediation: {
    summary: 'Delete network ACLs that are not associated with any subnet.',
    cli: 'aws ec2 delete-network-acl --network-acl-id <acl-id>',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'networkAcls', 'ec2', (n) =>
      n.associatedSubnetIds.length > 0
        ? pass(n, `Network ACL ${n.networkAclId} is associated with ${n.associatedSubnetIds.join(', ')}.`)
        : fail(n, `Network ACL ${n.networkAclId}${n.isDefault ? ' (the default ACL of its VPC)' : ''} is not associated with any subnet.`),
    ),
});
