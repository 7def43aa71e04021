import { defineCheck, fail, pass } from '../define-check.js';
import { eachTrail } from './trails.js';

/**
 * CloudTrail.5 is AWS Config's cloud-trail-cloud-watch-logs-enabled without its optional
 * expectedDeliveryWindowAge: a trail fails only when its CloudWatchLogsLogGroupArn is empty.
 * https://docs.aws.amazon.com/config/latest/developerguide/cloud-trail-cloud-watch-logs-enabled.html
 * Whether delivery actually happens recently is cloudtrail-trail-cloudwatch-logs-delivering.
 */
export const cloudtrailTrailCloudwatchLogsIntegrated = defineCheck({
  id: 'cloudtrail-trail-cloudwatch-logs-integrated',
  title: 'CloudTrail trails are integrated with CloudWatch Logs',
  service: 'cloudtrail',
  severity: 'medium',
  resourceType: 'AwsCloudTrailTrail',
  frameworks: { fsbp: ['CloudTrail.5'] },
  rationale:
    'Sending trail events to CloudWatch Logs is what makes real-time metric filters and alarms on API activity possible (CIS 4.x); S3 delivery alone is only an after-the-fact archive.',
  remediation: {
    summary: 'Configure the trail with a CloudWatch Logs log group and a role CloudTrail can assume to write to it.',
    cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  },
  reads: ['cloudtrail'],
  evaluate: (inv, ctx) =>
    eachTrail(inv.cloudtrail, ctx, (trail) =>
      trail.cloudWatchLogsLogGroupArn
        ? pass(trail, `Trail ${trail.name} sends its events to CloudWatch Logs log group ${trail.cloudWatchLogsLogGroupArn}.`)
        : fail(trail, `Trail ${trail.name} is not configured to deliver to CloudWatch Logs.`),
    ),
});
