import { defineCheck, fail, missingData, pass, undecided } from '../define-check.js';
import { eachReplicationInstance } from './lib.js';

export const dmsReplicationInstanceMinorVersionUpgradeEnabled = defineCheck({
  id: 'dms-replication-instance-minor-version-upgrade-enabled',
  title: 'DMS replication instances have automatic minor version upgrades enabled',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsReplicationInstance',
  frameworks: { fsbp: ['DMS.6'] },
  rationale:
    'Minor engine versions carry security fixes; with automatic minor version upgrades DMS applies them in the maintenance window. As Security Hub DMS.6, an instance fails when AutoMinorVersionUpgrade is false.',
  remediation: {
    summary: 'Turn on automatic minor version upgrades.',
    cli: 'aws dms modify-replication-instance --replication-instance-arn <instance-arn> --auto-minor-version-upgrade',
    console: 'AWS DMS console > Replication instances > <instance> > Modify > Maintenance: Automatic version upgrade > Save.',
    docs: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.Modifying.html',
  },
  reads: ['dms'],
  evaluate: (inv, ctx) =>
    eachReplicationInstance(inv, ctx, (i, _data, region) => {
      if (i.autoMinorVersionUpgrade === null)
        return undecided(
          i,
          `Whether DMS replication instance ${i.id} upgrades minor versions automatically could not be decided: dms:DescribeReplicationInstances sent no AutoMinorVersionUpgrade.`,
          [missingData('dms:DescribeReplicationInstances', i.arn, 'the answer carried no AutoMinorVersionUpgrade', { region })],
        );
      return i.autoMinorVersionUpgrade
        ? pass(i, `DMS replication instance ${i.id} has automatic minor version upgrades enabled.`)
        : fail(i, `DMS replication instance ${i.id} has automatic minor version upgrades turned off.`);
    }),
});
