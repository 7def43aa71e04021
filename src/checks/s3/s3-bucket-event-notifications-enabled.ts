import { accountRef, defineCheck, eachResource, fail, missingData, pass, unknown } from '../define-check.js';

/**
 * Security Hub S3.11 (AWS Config s3-event-notifications-enabled, default parameters: any event
 * type, any destination): the bucket sends event notifications to SNS, SQS, Lambda or EventBridge.
 */
export const s3BucketEventNotificationsEnabled = defineCheck({
  id: 's3-bucket-event-notifications-enabled',
  title: 'S3 general purpose buckets have event notifications enabled',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.11'] },
  rationale:
    'Event notifications let you react to changes in a bucket (objects created, deleted, restored, replication failures) as they happen, instead of finding out from an audit later.',
  remediation: {
    summary: 'Send the bucket events you need to an SNS topic, SQS queue or Lambda function, or turn on Amazon EventBridge delivery.',
    cli: 'aws s3api put-bucket-notification-configuration --bucket <bucket> --notification-configuration \'{"EventBridgeConfiguration":{}}\'',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const n = bucket.notifications;
      if (n === undefined)
        return unknown(
          bucket,
          missingData('s3:GetBucketNotification', bucket.arn, 'the inventory predates reading event notifications', {
            region: bucket.region,
          }),
        );
      if (!n.ok) return unknown(bucket, n.error);
      const targets = [...n.value.destinations, ...(n.value.eventBridge ? ['Amazon EventBridge'] : [])];
      return targets.length
        ? pass(bucket, `S3 bucket ${bucket.name} sends event notifications to ${targets.join(', ')}.`)
        : fail(bucket, `S3 bucket ${bucket.name} has no event notifications configured.`);
    }),
});
