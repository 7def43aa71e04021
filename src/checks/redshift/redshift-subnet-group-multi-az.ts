import { defineCheck, fail, pass } from '../define-check.js';
import { eachOptionalRegional } from '../lib/optional-list.js';

export const redshiftSubnetGroupMultiAz = defineCheck({
  id: 'redshift-subnet-group-multi-az',
  title: 'Redshift cluster subnet groups span at least two Availability Zones',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['Redshift.16'] },
  rationale:
    'A cluster can be relocated or deployed Multi-AZ only into the Availability Zones its subnet group offers; a group in one zone ties every cluster in it to that zone. As Security Hub Redshift.16 (AWS Config redshift-cluster-subnet-group-multi-az, no parameters), a subnet group passes when its subnets are in at least two different Availability Zones.',
  remediation: {
    summary: 'Add a subnet from a second Availability Zone to the subnet group.',
    cli: 'aws redshift modify-cluster-subnet-group --cluster-subnet-group-name <group> --subnet-ids <subnet-in-zone-a> <subnet-in-zone-b>',
    console: 'Amazon Redshift console > Configurations > Subnet groups > <group> > Edit > Add subnets.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-cluster-subnet-groups.html',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachOptionalRegional(
      ctx,
      inv.redshift.regions,
      (r) => r.subnetGroups,
      {
        action: 'redshift:DescribeClusterSubnetGroups',
        service: 'redshift',
        target: (region) => `arn:${ctx.partition}:redshift:${region}:${ctx.accountId}:subnetgroup:*`,
      },
      (g) => {
        const zones = g.availabilityZones;
        const label = `Redshift cluster subnet group ${g.name}`;
        if (zones.length >= 2) return pass(g, `${label} has subnets in ${zones.length} Availability Zones (${zones.join(', ')}).`);
        return fail(
          g,
          zones.length === 1
            ? `${label} has subnets in only one Availability Zone (${zones[0] ?? ''}).`
            : `${label} reports no Availability Zone for its ${g.subnetIds.length} subnet${g.subnetIds.length === 1 ? '' : 's'}.`,
        );
      },
    ),
});
