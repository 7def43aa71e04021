import { defineCheck, eachRegional } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';

export const efsAccessPointTagged = defineCheck({
  id: 'efs-access-point-tagged',
  title: 'EFS access points are tagged',
  service: 'efs',
  severity: 'low',
  resourceType: 'AwsEfsAccessPoint',
  // FSBP EFS.5 (AWS Resource Tagging Standard), requiredTagKeys unset: fails when the access
  // point has no tag key other than aws: system tags. DescribeAccessPoints returns the tags, so
  // they are read whenever the access point is.
  frameworks: { fsbp: ['EFS.5'] },
  rationale:
    'Tags say which application an access point serves, which is what access reviews and clean-ups of shared file systems start from.',
  remediation: {
    summary: 'Tag the access point, at least with the application it serves.',
    console: 'EFS console > Access points > the access point > Tags > Manage tags.',
    docs: 'https://docs.aws.amazon.com/efs/latest/ug/manage-fs-tags.html',
  },
  reads: ['efs'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.efs.regions, 'accessPoints', 'elasticfilesystem', (ap) =>
      judgeTagged(ap, `EFS access point ${ap.accessPointId} of ${ap.fileSystemId}`, { ok: true, value: ap.tagKeys }),
    ),
});
