import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster } from './lib.js';

export const redshiftClusterInVpc = defineCheck({
  id: 'redshift-cluster-in-vpc',
  title: 'Redshift clusters run in a VPC',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { checklist: ['3.26'] },
  rationale:
    'A cluster in a VPC is reached only through the subnets, security groups and network ACLs you define; a cluster outside any VPC (EC2-Classic, retired by AWS) has none of those controls. No Security Hub control judges this.',
  remediation: {
    summary: 'Restore a snapshot of the cluster into a cluster subnet group of a VPC, then delete the old cluster.',
    cli: 'aws redshift restore-from-cluster-snapshot --cluster-identifier <new-cluster> --snapshot-identifier <snapshot> --cluster-subnet-group-name <subnet-group>',
    console:
      'Amazon Redshift console > Snapshots > <snapshot> > Restore snapshot > Network and security: choose a VPC and cluster subnet group.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) =>
      c.vpcId ? pass(c, `Redshift cluster ${c.id} runs in VPC ${c.vpcId}.`) : fail(c, `Redshift cluster ${c.id} does not run in a VPC.`),
    ),
});
