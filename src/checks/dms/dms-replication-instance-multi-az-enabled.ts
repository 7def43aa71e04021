import { defineCheck, fail, missingData, pass, undecided } from '../define-check.js';
import { eachReplicationInstance } from './lib.js';

export const dmsReplicationInstanceMultiAzEnabled = defineCheck({
  id: 'dms-replication-instance-multi-az-enabled',
  title: 'DMS replication instances use multiple Availability Zones',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsReplicationInstance',
  frameworks: { fsbp: ['DMS.13'] },
  rationale:
    'A Multi-AZ replication instance keeps a synchronous standby in another Availability Zone and fails over to it, so a zone outage does not stop ongoing replication. As Security Hub DMS.13, an instance fails when MultiAZ is false.',
  remediation: {
    summary: 'Turn on Multi-AZ for the replication instance.',
    cli: 'aws dms modify-replication-instance --replication-instance-arn <instance-arn> --multi-az --apply-immediately',
    console: 'AWS DMS console > Replication instances > <instance> > Modify > High availability: Production workload (Multi-AZ) > Save.',
    docs: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.html',
  },
  reads: ['dms'],
  evaluate: (inv, ctx) =>
    eachReplicationInstance(inv, ctx, (i, _data, region) => {
      if (i.multiAz === null)
        return undecided(
          i,
          `Whether DMS replication instance ${i.id} is Multi-AZ could not be decided: dms:DescribeReplicationInstances sent no MultiAZ.`,
          [missingData('dms:DescribeReplicationInstances', i.arn, 'the answer carried no MultiAZ', { region })],
        );
      return i.multiAz
        ? pass(i, `DMS replication instance ${i.id} is deployed in multiple Availability Zones.`)
        : fail(i, `DMS replication instance ${i.id} is deployed in a single Availability Zone.`);
    }),
});
