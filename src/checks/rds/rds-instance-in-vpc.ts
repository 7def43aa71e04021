import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance } from './lib.js';

export const rdsInstanceInVpc = defineCheck({
  id: 'rds-instance-in-vpc',
  title: 'RDS DB instances are deployed in a VPC',
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.18'] },
  rationale:
    'An instance in a VPC is reachable only through its subnets, route tables, network ACLs and security groups; an EC2-Classic instance had none of these boundaries. As Security Hub RDS.18, an instance passes when DescribeDBInstances reports the VPC of its DB subnet group.',
  remediation: {
    summary: 'Move the instance into a VPC (restore a snapshot into a DB subnet group of the VPC).',
    cli: 'aws rds restore-db-instance-from-db-snapshot --db-instance-identifier <new-instance> --db-snapshot-identifier <snapshot> --db-subnet-group-name <db-subnet-group>',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) =>
      i.vpcId !== null
        ? pass(i, `RDS DB instance ${i.id} is in VPC ${i.vpcId}.`)
        : fail(i, `RDS DB instance ${i.id} reports no VPC (no DB subnet group).`),
    ),
});
