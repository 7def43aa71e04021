import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';
import type { Ec2NetworkInterface } from '../../model/ec2.js';

/**
 * A region's network interfaces by security group id, in their listed order: looking each group up
 * in every interface would be quadratic (minutes for a large account).
 */
function byGroup(interfaces: readonly Ec2NetworkInterface[]): Map<string, Ec2NetworkInterface[]> {
  const index = new Map<string, Ec2NetworkInterface[]>();
  for (const n of interfaces) {
    for (const id of new Set(n.groupIds)) {
      const list = index.get(id);
      if (list) list.push(n);
      else index.set(id, [n]);
    }
  }
  return index;
}

export const ec2SecurityGroupInUse = defineCheck({
  id: 'ec2-security-group-in-use',
  title: 'Non-default security groups are attached to a network interface',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2SecurityGroup',
  frameworks: { fsbp: ['EC2.22'] },
  rationale:
    'Security groups nobody uses still carry rules that anyone can attach to a new instance by mistake, and they clutter reviews. As Security Hub EC2.22, a non-default security group passes while at least one network interface (of an instance or an AWS service) uses it; VPC default groups are not judged.',
  remediation: {
    summary: 'Delete security groups that no network interface uses (check that no other group references them first).',
    cli: 'aws ec2 delete-security-group --group-id <sg-id>',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/deleting-security-groups.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) => {
    // Built per evaluation, once per region's interface list.
    const indexes = new Map<readonly Ec2NetworkInterface[], Map<string, Ec2NetworkInterface[]>>();
    const using = (interfaces: readonly Ec2NetworkInterface[], groupId: string) => {
      let index = indexes.get(interfaces);
      if (!index) indexes.set(interfaces, (index = byGroup(interfaces)));
      return index.get(groupId) ?? [];
    };
    return eachRegional(ctx, inv.ec2.regions, 'securityGroups', 'ec2', (g, data) => {
      if (g.groupName === 'default') return undefined;
      if (!data.networkInterfaces.ok) return unknown(g, data.networkInterfaces.error);
      const users = using(data.networkInterfaces.value, g.groupId);
      return users.length > 0
        ? pass(
            g,
            `Security group ${g.groupId} is used by ${users.length} network interface${users.length === 1 ? '' : 's'} (${users[0]?.networkInterfaceId}${users.length > 1 ? ', ...' : ''}).`,
          )
        : fail(g, `Security group ${g.groupId} (${g.groupName}) is not attached to any network interface.`);
    });
  },
});
