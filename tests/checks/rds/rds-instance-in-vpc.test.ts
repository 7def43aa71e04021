import { describe, it, expect } from 'vitest';
import { rdsInstanceInVpc as check } from '../../../src/checks/rds/rds-instance-in-vpc.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsDbInstance } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const one = (o: Partial<RdsDbInstance>) => run(check, buildInventory({ rds: oneRegion({ instances: ok([rdsInstance('db1', R, o)]) }) }))[0];

describe('rds-instance-in-vpc', () => {
  it('passes an instance in a VPC', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('RDS DB instance db1 is in VPC vpc-0a1b2c3d4e5f60001.');
  });

  it('fails an instance without a VPC', () => {
    const r = one({ vpcId: null, subnetIds: [] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 reports no VPC (no DB subnet group).');
  });

  it('is UNKNOWN when rds:DescribeDBInstances is denied', () => {
    const [r] = run(check, buildInventory({ rds: oneRegion({ instances: denied('rds:DescribeDBInstances', { region: R }) }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
