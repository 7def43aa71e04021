import { defineCheck, fail, pass } from '../define-check.js';
import { eachReplicationInstance } from './lib.js';

export const dmsReplicationInstanceNotPublic = defineCheck({
  id: 'dms-replication-instance-not-public',
  title: 'DMS replication instances are not publicly accessible',
  service: 'dms',
  severity: 'critical',
  resourceType: 'AwsDmsReplicationInstance',
  frameworks: { fsbp: ['DMS.1'], checklist: ['3.29'] },
  rationale:
    'A replication instance holds credentials to the source and target databases and moves their data; a public one has a public IP address reachable from outside its VPC. As Security Hub DMS.1, an instance fails when PubliclyAccessible is true.',
  remediation: {
    summary:
      'Public access cannot be changed after creation: create a private replication instance, move the tasks to it, and delete the public one.',
    cli: 'aws dms create-replication-instance --replication-instance-identifier <new-instance> --replication-instance-class <class> --no-publicly-accessible',
    console:
      'AWS DMS console > Replication instances > Create replication instance > Connectivity and security: clear Publicly accessible > Create.',
    docs: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html',
  },
  reads: ['dms'],
  evaluate: (inv, ctx) =>
    eachReplicationInstance(inv, ctx, (i) =>
      i.publiclyAccessible
        ? fail(i, `DMS replication instance ${i.id} is publicly accessible.`)
        : pass(i, `DMS replication instance ${i.id} is not publicly accessible.`),
    ),
});
