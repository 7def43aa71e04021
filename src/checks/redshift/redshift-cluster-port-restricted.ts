import type { Ec2SecurityGroup } from '../../model/ec2.js';
import { defineCheck, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { sgLabel, summarizeExposures, worldExposures } from '../ec2/lib/network.js';
import { eachCluster } from './lib.js';
import { indexBy } from '../lib/index-by.js';

export const redshiftClusterPortRestricted = defineCheck({
  id: 'redshift-cluster-port-restricted',
  title: 'Redshift cluster security groups do not open the cluster port to the internet',
  service: 'redshift',
  severity: 'high',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { fsbp: ['Redshift.15'] },
  rationale:
    'A security group rule that admits 0.0.0.0/0 or ::/0 on the cluster port lets anyone who can reach the endpoint try to log in, which with a public cluster is the whole internet. As Security Hub Redshift.15 (AWS Config redshift-unrestricted-port-access), a cluster fails when a VPC security group attached to it allows ingress from everywhere to the cluster port.',
  remediation: {
    summary:
      'Replace the rule open to everywhere with rules for the address ranges or security groups of the clients that need the cluster.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg> --protocol tcp --port <cluster-port> --cidr 0.0.0.0/0',
    console:
      'Amazon VPC console > Security groups > <security group> > Inbound rules > Edit inbound rules: remove or narrow the rule for the cluster port > Save rules.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/rs-security-group-public-private.html',
  },
  reads: ['redshift', 'ec2'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c, _data, region) => {
      const about = `Whether Redshift cluster ${c.id}'s port is open to the internet could not be decided`;
      if (c.port === null) return undecided(c, `${about}: the cluster has no endpoint yet, so its port is not known.`);
      if (c.vpcSecurityGroupIds.length === 0)
        return undecided(c, `${about}: DescribeClusters listed no VPC security group (EC2-Classic cluster security groups are not read).`);
      const ec2 = inv.ec2.regions[region];
      if (!ec2)
        return unknown(
          c,
          missingData('ec2:DescribeSecurityGroups', c.arn, `the EC2 data of ${region} is not in the inventory`, { region }),
          about,
        );
      if (!ec2.securityGroups.ok) return unknown(c, ec2.securityGroups.error, about);
      const groups: Ec2SecurityGroup[] = [];
      for (const id of c.vpcSecurityGroupIds) {
        const sg = indexBy(ec2.securityGroups.value, 'groupId').get(id);
        if (!sg) return undecided(c, `${about}: security group ${id} is not among the security groups read in ${region}.`);
        groups.push(sg);
      }
      const open = groups.flatMap((sg) => {
        const exposures = worldExposures(sg, [c.port as number], ['ipv4', 'ipv6']);
        return exposures.length > 0 ? [`${sgLabel(sg)} allows ${summarizeExposures(exposures)}`] : [];
      });
      return open.length > 0
        ? fail(c, `Redshift cluster ${c.id} has port ${c.port} open to the internet: security group ${open.join('; ')}.`)
        : pass(
            c,
            `Redshift cluster ${c.id}'s security groups (${groups.map(sgLabel).join(', ')}) do not open port ${c.port} to the internet.`,
          );
    }),
});
