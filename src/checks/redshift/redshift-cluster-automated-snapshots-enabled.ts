import { defineCheck, fail, missingData, pass, undecided } from '../define-check.js';
import { eachCluster } from './lib.js';

/** Security Hub Redshift.3's default MinRetentionPeriod. */
const MIN_RETENTION_DAYS = 7;

export const redshiftClusterAutomatedSnapshotsEnabled = defineCheck({
  id: 'redshift-cluster-automated-snapshots-enabled',
  title: 'Redshift clusters keep automated snapshots for at least 7 days',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { fsbp: ['Redshift.3'] },
  rationale:
    'Automated snapshots are how a cluster is restored after deletion, corruption or ransomware; a retention period of 0 turns them off, and a short one may expire the last good copy before a problem is noticed. As Security Hub Redshift.3 with its default parameter, the retention period must be at least 7 days.',
  remediation: {
    summary: 'Set the automated snapshot retention period to 7 days or more.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --automated-snapshot-retention-period 7',
    console:
      'Amazon Redshift console > Clusters > <cluster> > Edit > Backup > Automated snapshot retention period: 7 days or more > Save changes.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html#about-automated-snapshots',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c, _data, region) => {
      const days = c.automatedSnapshotRetentionDays;
      if (days === null)
        return undecided(
          c,
          `Redshift cluster ${c.id}'s automated snapshot retention could not be decided: redshift:DescribeClusters sent no AutomatedSnapshotRetentionPeriod.`,
          [missingData('redshift:DescribeClusters', c.arn, 'the answer carried no AutomatedSnapshotRetentionPeriod', { region })],
        );
      if (days === 0) return fail(c, `Redshift cluster ${c.id} has automated snapshots turned off (retention period 0).`);
      return days >= MIN_RETENTION_DAYS
        ? pass(c, `Redshift cluster ${c.id} keeps automated snapshots for ${days} days.`)
        : fail(
            c,
            `Redshift cluster ${c.id} keeps automated snapshots for ${days} day${days === 1 ? '' : 's'}, fewer than ${MIN_RETENTION_DAYS}.`,
          );
    }),
});
