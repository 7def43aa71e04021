import { defineCheck } from '../define-check.js';
import { judgeS3DataEvents } from './trails.js';

/**
 * Security Hub S3.22 (AWS Config cloudtrail-all-write-s3-data-event-check): the account has at
 * least one multi-region trail that records write data events of every S3 bucket. As the rule,
 * the trail's configuration is judged, not whether it is logging right now
 * (cloudtrail-trail-enabled judges that).
 * https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-22
 */
export const cloudtrailS3DataEventsWriteLogged = defineCheck({
  id: 'cloudtrail-s3-data-events-write-logged',
  title: 'A multi-region CloudTrail trail records S3 object-level write events of every bucket',
  service: 'cloudtrail',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['S3.22'], 'cis-3.0': ['3.8'], checklist: ['5.14'] },
  rationale:
    'Object-level write events (PutObject, DeleteObject, CopyObject, ...) are the only record of who changed or deleted which objects; management events do not include them.',
  remediation: {
    summary: 'Add an S3 data event selector for all buckets (write or all events) to a multi-region trail.',
    cli: 'aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}]\'',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html',
  },
  reads: ['cloudtrail'],
  evaluate: (inv, ctx) => judgeS3DataEvents(inv.cloudtrail, ctx, 'write'),
});
