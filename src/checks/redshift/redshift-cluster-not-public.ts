import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster } from './lib.js';

export const redshiftClusterNotPublic = defineCheck({
  id: 'redshift-cluster-not-public',
  title: 'Redshift clusters are not publicly accessible',
  service: 'redshift',
  severity: 'critical',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { fsbp: ['Redshift.1'], checklist: ['3.22'] },
  rationale:
    'A publicly accessible cluster gets a public IP address and a DNS name that resolves to it, so its endpoint can be reached from the internet wherever its security groups allow: one rule away from the whole warehouse. As Security Hub Redshift.1, a cluster fails when PubliclyAccessible is true.',
  remediation: {
    summary: 'Turn public access off; reach the cluster from inside the VPC, over a VPN or Direct Connect, or through a VPC endpoint.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --no-publicly-accessible',
    console: 'Amazon Redshift console > Clusters > <cluster> > Actions > Modify publicly accessible setting > turn off > Save changes.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) =>
      c.publiclyAccessible
        ? fail(c, `Redshift cluster ${c.id} is publicly accessible.`)
        : pass(c, `Redshift cluster ${c.id} is not publicly accessible.`),
    ),
});
