import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachCluster } from './lib.js';

export const redshiftClusterAuditLoggingEnabled = defineCheck({
  id: 'redshift-cluster-audit-logging-enabled',
  title: 'Redshift clusters have audit logging enabled',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { fsbp: ['Redshift.4'], checklist: ['3.25'] },
  rationale:
    'Audit logs record who connected, from where, and which users were created or changed; without them an investigation cannot tell who touched the warehouse. As Security Hub Redshift.4 with its default parameter (loggingEnabled = true), a cluster passes when DescribeLoggingStatus reports logging enabled, to Amazon S3 or CloudWatch Logs.',
  remediation: {
    summary: 'Turn on audit logging to CloudWatch Logs or an S3 bucket.',
    cli: 'aws redshift enable-logging --cluster-identifier <cluster> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
    console:
      'Amazon Redshift console > Clusters > <cluster> > Properties > Database configurations > Edit audit logging > Turn on > choose CloudWatch or S3 > Save changes.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) => {
      if (!c.logging.ok) return unknown(c, c.logging.error);
      const { enabled, destinationType, bucketName } = c.logging.value;
      if (!enabled) return fail(c, `Redshift cluster ${c.id} has audit logging turned off.`);
      const where =
        destinationType?.toLowerCase() === 'cloudwatch' ? ' to CloudWatch Logs' : bucketName ? ` to S3 bucket ${bucketName}` : '';
      return pass(c, `Redshift cluster ${c.id} has audit logging enabled${where}.`);
    }),
});
