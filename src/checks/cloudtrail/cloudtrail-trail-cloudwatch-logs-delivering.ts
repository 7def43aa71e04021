import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachTrail } from './trails.js';

/** A trail counts as delivering when its last CloudWatch Logs delivery is within a day (CIS v1.x 3.4's window). */
const MAX_DELIVERY_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Checklist row 5.5 asks for the integration to work, not only to be configured: a log group whose
 * role CloudTrail can no longer assume receives nothing, and the metric filters and alarms built on
 * it stay silent. Stricter than CloudTrail.5, so it carries no control ID.
 */
export const cloudtrailTrailCloudwatchLogsDelivering = defineCheck({
  id: 'cloudtrail-trail-cloudwatch-logs-delivering',
  title: 'CloudTrail trails delivered to CloudWatch Logs within the last day',
  service: 'cloudtrail',
  severity: 'medium',
  resourceType: 'AwsCloudTrailTrail',
  frameworks: { checklist: ['5.5'] },
  rationale:
    'A configured but broken delivery (a deleted log group, a role CloudTrail cannot assume) silently disables every CloudWatch alarm on API activity while the configuration still looks right.',
  remediation: {
    summary:
      'Configure the trail with a CloudWatch Logs log group and a role CloudTrail can assume to write to it; if it is configured, check that the log group exists and the role trusts cloudtrail.amazonaws.com with logs:CreateLogStream and logs:PutLogEvents.',
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
