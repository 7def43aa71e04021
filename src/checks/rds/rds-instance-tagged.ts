import { defineCheck, eachRegional } from '../define-check.js';
import { taggedResult } from './lib.js';

export const rdsInstanceTagged = defineCheck({
  id: 'rds-instance-tagged',
  title: 'RDS DB instances are tagged',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.30'] },
  rationale:
    "Tags name the owner and purpose of a resource, which incident response, cost allocation and tag-based (ABAC) policies rely on. With the control's default parameters (no required tag keys) any tag that is not a system tag (aws:) passes.",
  remediation: {
    summary: 'Tag the RDS DB instance.',
    cli: 'aws rds add-tags-to-resource --resource-name <arn> --tags Key=owner,Value=<team>',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) => eachRegional(ctx, inv.rds.regions, 'instances', 'rds', (r) => taggedResult(r, 'RDS DB instance')),
});
