import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachTrail } from './trails.js';

/** CloudTrail.5 counts a trail as integrated when it delivered to CloudWatch Logs within the last day. */
const MAX_DELIVERY_AGE_MS = 24 * 60 * 60 * 1000;

export const cloudtrailTrailCloudwatchLogsIntegrated = defineCheck({
  id: 'cloudtrail-trail-cloudwatch-logs-integrated',
  title: 'CloudTrail trails deliver to CloudWatch Logs',
  service: 'cloudtrail',
  severity: 'medium',
  resourceType: 'AwsCloudTrailTrail',
  frameworks: { fsbp: ['CloudTrail.5'], checklist: ['5.5'] },
  rationale:
    'Sending trail events to CloudWatch Logs is what makes real-time metric filters and alarms on API activity possible (CIS 4.x); S3 delivery alone is only an after-the-fact archive.',
  remediation: {
    summary: 'Configure the trail with a CloudWatch Logs log group and a role CloudTrail can assume to write to it.',
    cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  },
  reads: ['cloudtrail'],
  evaluate: (inv, ctx) =>
    eachTrail(inv.cloudtrail, ctx, (trail) => {
      if (!trail.cloudWatchLogsLogGroupArn) return fail(trail, `Trail ${trail.name} is not configured to deliver to CloudWatch Logs.`);
      if (!trail.status.ok) return unknown(trail, trail.status.error);
      const last = trail.status.value.latestCloudWatchLogsDeliveryTime;
      if (!last) return fail(trail, `Trail ${trail.name} has a CloudWatch Logs log group but has never delivered to it.`);
      const age = ctx.now.getTime() - Date.parse(last);
      if (Number.isNaN(age) || age > MAX_DELIVERY_AGE_MS) {
        return fail(trail, `Trail ${trail.name} last delivered to CloudWatch Logs at ${last}, more than a day ago.`);
      }
      return pass(trail, `Trail ${trail.name} delivers to CloudWatch Logs (last delivery ${last}).`);
    }),
});
