import type { Ec2RouteTable } from '../../model/ec2.js';
import { defineCheck, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { eachInstance } from './lib.js';

/** The route table of a subnet: its explicit association, else the main table of its VPC. */
function tableOf(tables: readonly Ec2RouteTable[], subnetId: string, vpcId: string | null): Ec2RouteTable | undefined {
  return (
    tables.find((t) => t.associations.some((a) => a.subnetId === subnetId)) ??
    tables.find((t) => t.vpcId === vpcId && t.associations.some((a) => a.main))
  );
}

/** A route of the table to an internet gateway for every IPv4 or IPv6 address. */
const igwRoute = (t: Ec2RouteTable) =>
  t.routes.find((r) => (r.destination === '0.0.0.0/0' || r.destination === '::/0') && (r.gatewayId ?? '').startsWith('igw-'));

export const rdsInstanceNotInPublicSubnet = defineCheck({
  id: 'rds-instance-not-in-public-subnet',
  title: 'RDS DB instances are not in subnets routed to an internet gateway',
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.46'] },
  rationale:
    'An instance in a subnet whose route table sends 0.0.0.0/0 or ::/0 to an internet gateway is one setting (public accessibility) or one security group rule away from the internet; private subnets keep inbound internet traffic out by construction.',
  remediation: {
    summary: 'Move the instance to a DB subnet group of private subnets (no route to an internet gateway).',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --db-subnet-group-name <private-subnet-group> --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
  },
  reads: ['rds', 'ec2'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      if (i.subnetIds.length === 0) return undecided(i, `RDS DB instance ${i.id} reports no DB subnet group.`);
      const ec2 = inv.ec2.regions[i.region];
      if (!ec2)
        return unknown(
          i,
          missingData('ec2:DescribeRouteTables', i.arn, `the EC2 data of ${i.region} is not in the inventory`, { region: i.region }),
        );
      if (!ec2.routeTables.ok) return unknown(i, ec2.routeTables.error);
      const tables = ec2.routeTables.value;
      const unrouted = i.subnetIds.filter((s) => !tableOf(tables, s, i.vpcId));
      if (unrouted.length > 0)
        return undecided(i, `RDS DB instance ${i.id} uses subnet ${unrouted.join(', ')}, whose route table is not in the inventory.`);
      for (const subnet of i.subnetIds) {
        const route = igwRoute(tableOf(tables, subnet, i.vpcId) as Ec2RouteTable);
        if (route)
          return fail(
            i,
            `RDS DB instance ${i.id} uses subnet ${subnet}, which routes ${route.destination ?? ''} to internet gateway ${route.gatewayId ?? ''}.`,
          );
      }
      return pass(i, `RDS DB instance ${i.id} uses only subnets without a route to an internet gateway.`);
    }),
});
