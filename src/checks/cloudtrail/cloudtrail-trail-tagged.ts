import { defineCheck, missingData, unknown } from '../define-check.js';
import { taggedVerdict } from '../lib/tags.js';
import { eachTrail } from './trails.js';

/**
 * Security Hub CloudTrail.9 (AWS Resource Tagging Standard) with its default parameters: the
 * trail has at least one user tag key (requiredTagKeys has no default; aws: tags do not count).
 * https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-9
 */
export const cloudtrailTrailTagged = defineCheck({
  id: 'cloudtrail-trail-tagged',
  title: 'CloudTrail trails are tagged',
  service: 'cloudtrail',
  severity: 'low',
  resourceType: 'AwsCloudTrailTrail',
  frameworks: { fsbp: ['CloudTrail.9'] },
  rationale: 'Tags name who owns a trail and what it is for, so that nobody deletes or stops the audit record as an unknown resource.',
  remediation: {
    summary: 'Tag the trail with at least an owner or purpose tag.',
    cli: 'aws cloudtrail add-tags --resource-id <trail-arn> --tags-list Key=owner,Value=<team>',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-update-a-trail-console.html',
  },
  reads: ['cloudtrail'],
  evaluate: (inv, ctx) =>
    eachTrail(inv.cloudtrail, ctx, (trail) =>
      trail.tags
        ? taggedVerdict(trail, `CloudTrail trail ${trail.name}`, trail.tags)
        : unknown(
            trail,
            missingData('cloudtrail:ListTags', trail.arn, 'the inventory holds no tags for the trail', { region: trail.region }),
          ),
    ),
});
