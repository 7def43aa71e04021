import { defineCheck, fail, pass, undecided, unknown } from '../define-check.js';
import { clusterParameter, eachCluster } from './lib.js';

export const redshiftClusterRequireSsl = defineCheck({
  id: 'redshift-cluster-require-ssl',
  title: 'Redshift clusters require TLS for connections',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { fsbp: ['Redshift.2'], checklist: ['3.24'] },
  rationale:
    'Without require_ssl a client may connect in clear text, exposing credentials and query results to anyone on the path. As Security Hub Redshift.2, a cluster fails when the require_ssl parameter of its parameter group is not true (the default parameter group leaves it false).',
  remediation: {
    summary:
      'Set require_ssl to true in a custom parameter group used by the cluster (default groups cannot be edited), then reboot the cluster if the change is pending.',
    cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=require_ssl,ParameterValue=true',
    console:
      'Amazon Redshift console > Configurations > Workload management > <parameter group> > Parameters > Edit parameters > require_ssl: true > Save.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c, data) => {
      const p = clusterParameter(c, data, 'require_ssl');
      switch (p.kind) {
        case 'unread':
          return unknown(c, p.errors, `Whether Redshift cluster ${c.id} requires TLS could not be decided`);
        case 'no-group':
          return undecided(
            c,
            `Whether Redshift cluster ${c.id} requires TLS could not be decided: DescribeClusters listed no parameter group.`,
          );
        case 'unlisted':
          return undecided(
            c,
            `Whether Redshift cluster ${c.id} requires TLS could not be decided: parameter group ${p.group} does not list require_ssl.`,
          );
        case 'value':
          return p.value?.trim().toLowerCase() === 'true'
            ? pass(c, `Redshift cluster ${c.id} requires TLS (require_ssl is true in parameter group ${p.group}).`)
            : fail(
                c,
                `Redshift cluster ${c.id} accepts unencrypted connections: require_ssl is ${p.value ?? 'unset'} in parameter group ${p.group}.`,
              );
      }
    }),
});
