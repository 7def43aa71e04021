import { defineCheck, missingData } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';
import { eachReplicationInstance } from './lib.js';

export const dmsReplicationInstanceTagged = defineCheck({
  id: 'dms-replication-instance-tagged',
  title: 'DMS replication instances are tagged',
  service: 'dms',
  severity: 'low',
  resourceType: 'AwsDmsReplicationInstance',
  frameworks: { fsbp: ['DMS.4'] },
  rationale:
    'Tags say who owns a replication instance and which migration it serves, so an instance left running after a migration can be attributed and removed. As Security Hub DMS.4 with its default parameters, an instance passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the replication instance, at least with its owner (aws: system tags do not count).',
    cli: 'aws dms add-tags-to-resource --resource-arn <replication-instance-arn> --tags Key=owner,Value=<team>',
    console: 'AWS DMS console > Provisioned instances > <instance> > Tags > Manage tags.',
    docs: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tagging.html',
  },
  reads: ['dms'],
  evaluate: (inv, ctx) =>
    eachReplicationInstance(inv, ctx, (i) =>
      judgeTagged(
        i,
        `DMS replication instance ${i.id}`,
        i.tagKeys ?? {
          ok: false,
          error: missingData('dms:ListTagsForResource', i.arn, 'the inventory predates reading replication instance tags', {
            region: i.region,
          }),
        },
      ),
    ),
});
