import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachSnapshot } from './lib.js';

export const rdsSnapshotPrivate = defineCheck({
  id: 'rds-snapshot-private',
  title: 'RDS DB snapshots and DB cluster snapshots are not public',
  service: 'rds',
  severity: 'critical',
  resourceType: 'AwsRdsDbSnapshot',
  frameworks: { fsbp: ['RDS.1'], checklist: ['3.17'] },
  rationale:
    'A snapshot whose restore attribute holds "all" can be restored by any AWS account, which hands a full copy of the database to anyone who finds it.',
  remediation: {
    summary: 'Remove "all" from the restore attribute of the snapshot (share it with named accounts if it must be shared).',
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachSnapshot(inv, ctx, (s, ref, noun) => {
      if (!s.restorableBy.ok) return unknown(ref, s.restorableBy.error);
      // Only manual snapshots can be shared; the collector reads no attributes for the others.
      if (s.restorableBy.value === null) return pass(ref, `${noun} ${s.id} is a snapshot of type ${s.type}, which cannot be shared.`);
      return s.restorableBy.value.includes('all')
        ? fail(ref, `${noun} ${s.id} is public: any AWS account may restore it.`)
        : pass(ref, `${noun} ${s.id} is not public.`);
    }),
});
