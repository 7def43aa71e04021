import { defineCheck } from '../define-check.js';
import { eventSubscriptionResults } from './lib.js';

const CATEGORIES = ['configuration change', 'failure'];

export const rdsSecurityGroupEventSubscriptionConfigured = defineCheck({
  id: 'rds-security-group-event-subscription-configured',
  title: 'RDS event subscriptions cover critical DB security group events',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsEventSubscription',
  frameworks: { fsbp: ['RDS.22'] },
  rationale:
    'Event notifications tell the team at once about DB security group events (configuration change, failure) instead of when users notice. As AWS documents it, a region without any event subscription passes.',
  remediation: {
    summary: 'Subscribe an SNS topic to the DB security group events of every DB security group.',
    cli: 'aws rds create-event-subscription --subscription-name <name> --sns-topic-arn <topic-arn> --source-type db-security-group --event-categories "configuration change" "failure"',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) => eventSubscriptionResults(inv, ctx, 'db-security-group', CATEGORIES, 'DB security group'),
});
