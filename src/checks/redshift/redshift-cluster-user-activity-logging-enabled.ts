import { defineCheck, fail, pass, undecided, unknown } from '../define-check.js';
import { clusterParameter, eachCluster } from './lib.js';

export const redshiftClusterUserActivityLoggingEnabled = defineCheck({
  id: 'redshift-cluster-user-activity-logging-enabled',
  title: 'Redshift clusters log user activity',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { checklist: ['3.25'] },
  rationale:
    'Audit logging alone records connections and user changes; the user activity log, which records each query before it runs, is written only when the enable_user_activity_logging parameter is true. Stricter than Security Hub Redshift.4, which looks at audit logging only: this check needs audit logging on and the parameter set.',
  remediation: {
    summary:
      'Turn on audit logging, and set enable_user_activity_logging to true in a custom parameter group used by the cluster (default groups cannot be edited).',
    cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=enable_user_activity_logging,ParameterValue=true',
    console:
      'Amazon Redshift console > Configurations > Workload management > <parameter group> > Parameters > Edit parameters > enable_user_activity_logging: true > Save.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-enable-logging',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c, data) => {
      const about = `Whether Redshift cluster ${c.id} logs user activity could not be decided`;
      if (!c.logging.ok) return unknown(c, c.logging.error, about);
      if (!c.logging.value.enabled) return fail(c, `Redshift cluster ${c.id} has audit logging turned off, so no user activity is logged.`);
      const p = clusterParameter(c, data, 'enable_user_activity_logging');
      switch (p.kind) {
        case 'unread':
          return unknown(c, p.errors, about);
        case 'no-group':
          return undecided(c, `${about}: DescribeClusters listed no parameter group.`);
        case 'unlisted':
          return undecided(c, `${about}: parameter group ${p.group} does not list enable_user_activity_logging.`);
        case 'value':
          return p.value?.trim().toLowerCase() === 'true'
            ? pass(c, `Redshift cluster ${c.id} logs user activity (audit logging on, enable_user_activity_logging true in ${p.group}).`)
            : fail(
                c,
                `Redshift cluster ${c.id} does not log user activity: enable_user_activity_logging is ${p.value ?? 'unset'} in parameter group ${p.group}.`,
              );
      }
    }),
});
