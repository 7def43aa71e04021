import { defineCheck, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { sgLabel, summarizeExposures, worldExposures } from '../ec2/lib/network.js';
import { eachInstance } from './lib.js';
import { indexBy } from '../lib/index-by.js';

/**
 * Checklist row 3.21: the VPC security groups of a DB instance do not open its port (or all
 * traffic) to 0.0.0.0/0 or ::/0. Judged on the instance's own port, through the same rule
 * arithmetic as the EC2 security group checks. No Security Hub control judges this.
 */
export const rdsInstanceSecurityGroupsRestricted = defineCheck({
  id: 'rds-instance-security-groups-restricted',
  title: 'RDS DB instances have no security group open to the internet on their port',
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { checklist: ['3.21'] },
  rationale:
    'A database port reachable from the whole internet is brute-forced and probed for engine vulnerabilities within minutes; the instance should admit only the application tiers that use it, by security group reference or private ranges.',
  remediation: {
    summary:
      'Remove the rules that open the database port (or all traffic) to 0.0.0.0/0 or ::/0; admit the application security groups instead.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port <port> --cidr 0.0.0.0/0',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html',
  },
  reads: ['rds', 'ec2'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      if (i.securityGroupIds === undefined)
        return unknown(
          i,
          missingData('rds:DescribeDBInstances', i.arn, 'the inventory does not record the VPC security groups', { region: i.region }),
        );
      if (i.port === null) return undecided(i, `RDS DB instance ${i.id} reports no port yet.`);
      if (i.securityGroupIds.length === 0) return pass(i, `RDS DB instance ${i.id} has no VPC security group: no rule admits traffic.`);
      const ec2 = inv.ec2.regions[i.region];
      if (!ec2)
        return unknown(
          i,
          missingData('ec2:DescribeSecurityGroups', i.arn, `the EC2 data of ${i.region} is not in the inventory`, { region: i.region }),
        );
      if (!ec2.securityGroups.ok) return unknown(i, ec2.securityGroups.error);
      const groups = i.securityGroupIds.map((id) => ({
        id,
        sg: ec2.securityGroups.ok ? indexBy(ec2.securityGroups.value, 'groupId').get(id) : undefined,
      }));
      const open = groups.flatMap(({ sg }) => (sg ? worldExposures(sg, [i.port as number], ['ipv4', 'ipv6']).map((e) => ({ sg, e })) : []));
      if (open.length > 0) {
        const first = open[0] as (typeof open)[number];
        return fail(
          i,
          `RDS DB instance ${i.id} is reachable on port ${i.port} from the internet through security group ${sgLabel(first.sg)}: ${summarizeExposures(open.map((o) => o.e))}.`,
        );
      }
      const missing = groups.filter((g) => !g.sg).map((g) => g.id);
      if (missing.length > 0)
        return unknown(
          i,
          missingData('ec2:DescribeSecurityGroups', i.arn, `security group ${missing.join(', ')} was not returned`, { region: i.region }),
        );
      return pass(i, `No security group of RDS DB instance ${i.id} opens port ${i.port} to 0.0.0.0/0 or ::/0.`);
    }),
});
