import { accountRef, defineCheck, eachRegion, eachResource, unknown } from '../define-check.js';
import { taggedVerdict } from '../lib/tags.js';

export const guarddutyDetectorTagged = defineCheck({
  id: 'guardduty-detector-tagged',
  title: 'GuardDuty detectors are tagged',
  service: 'guardduty',
  severity: 'low',
  resourceType: 'AwsGuardDutyDetector',
  frameworks: { fsbp: ['GuardDuty.4'] },
  rationale:
    'Tags say who owns a detector and what it is for, which incident response, cost allocation and attribute-based access control depend on. As Security Hub GuardDuty.4 with its default parameters (no required tag keys), a detector passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the detector, at least with its owner.',
    cli: 'aws guardduty tag-resource --resource-arn <detector-arn> --tags owner=<team>',
    docs: 'https://docs.aws.amazon.com/guardduty/latest/ug/tagging-resources.html',
  },
  reads: ['guardduty'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.guardduty.detectors, (region, detectors) =>
      eachResource(detectors, accountRef(ctx, region, 'guardduty'), (d) => {
        const label = `GuardDuty detector ${d.detectorId}`;
        // Tags come with GetDetector: when that read failed, so did this one.
        if (!d.status.ok) return unknown(d, d.status.error);
        if (d.tags === null)
          return unknown(d, {
            action: 'guardduty:GetDetector',
            kind: 'not-supported',
            target: d.arn,
            region,
            message: 'This inventory was collected by a Bulwark version that did not record detector tags.',
          });
        return taggedVerdict(d, label, { ok: true, value: d.tags });
      }),
    ),
});
