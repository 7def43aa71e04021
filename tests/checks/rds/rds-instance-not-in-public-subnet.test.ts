import { describe, it, expect } from 'vitest';
import { rdsInstanceNotInPublicSubnet as check } from '../../../src/checks/rds/rds-instance-not-in-public-subnet.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ec2RouteTable, ec2SectionWith } from '../../builders/ec2.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { Ec2Region } from '../../../src/model/ec2.js';
import type { RdsDbInstance } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (instance: Partial<RdsDbInstance>, ec2: Partial<Ec2Region> = {}) =>
  run(check, buildInventory({ rds: oneRegion({ instances: ok([rdsInstance('db1', R, instance)]) }), ec2: ec2SectionWith(R, ec2) }));
const igw = { destination: '0.0.0.0/0', gatewayId: 'igw-0123', natGatewayId: null, vpcPeeringConnectionId: null, transitGatewayId: null };

describe('rds-instance-not-in-public-subnet', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an instance in a subnet routed through a NAT gateway', () => {
    const [r, ...rest] = results({});
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB instance db1 uses only subnets without a route to an internet gateway.');
  });

  it('fails an instance in a subnet whose own route table routes to an internet gateway', () => {
    const [r] = results({}, { routeTables: ok([ec2RouteTable({ region: R, routes: [igw] })]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'RDS DB instance db1 uses subnet subnet-0a1b2c3d4e5f60001, which routes 0.0.0.0/0 to internet gateway igw-0123.',
    );
  });

  it("fails an instance in a subnet without an explicit association, through the VPC's main table", () => {
    const main = ec2RouteTable({
      region: R,
      routeTableId: 'rtb-main',
      routes: [{ ...igw, destination: '::/0' }],
      associations: [{ main: true, subnetId: null, gatewayId: null }],
    });
    const [r] = results({ subnetIds: ['subnet-other'] }, { routeTables: ok([ec2RouteTable({ region: R }), main]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 uses subnet subnet-other, which routes ::/0 to internet gateway igw-0123.');
  });

  it('is UNKNOWN when the instance reports no subnets, or a subnet has no route table in the inventory', () => {
    expect(results({ subnetIds: [] })[0]).toMatchObject({ status: 'UNKNOWN', reason: 'RDS DB instance db1 reports no DB subnet group.' });
    expect(results({ subnetIds: ['subnet-x'], vpcId: 'vpc-x' })[0]).toMatchObject({
      status: 'UNKNOWN',
      reason: 'RDS DB instance db1 uses subnet subnet-x, whose route table is not in the inventory.',
    });
  });

  it('is UNKNOWN naming ec2:DescribeRouteTables or rds:DescribeDBInstances when denied', () => {
    expect(results({}, { routeTables: denied('ec2:DescribeRouteTables') })[0]?.reason).toContain('ec2:DescribeRouteTables');
    const r = run(check, buildInventory({ rds: oneRegion({ instances: denied('rds:DescribeDBInstances') }) }));
    expect(r.find((x) => x.status === 'UNKNOWN')?.reason).toContain('rds:DescribeDBInstances');
  });
});
