import { defineCheck } from '../define-check.js';
import { eventSubscriptionResults } from './lib.js';

const CATEGORIES = ['maintenance', 'configuration change', 'failure'];

export const rdsInstanceEventSubscriptionConfigured = defineCheck({
  id: 'rds-instance-event-subscription-configured',
  title: 'RDS event subscriptions cover critical DB instance events',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsEventSubscription',
  frameworks: { fsbp: ['RDS.20'] },
  rationale:
    'Event notifications tell the team at once about DB instance events (maintenance, configuration change, failure) instead of when users notice. As AWS documents it, a region without any event subscription passes.',
  remediation: {
    summary: 'Subscribe an SNS topic to the DB instance events of every DB instance.',
    cli: 'aws rds create-event-subscription --subscription-name <name> --sns-topic-arn <topic-arn> --source-type db-instance --event-categories "maintenance" "configuration change" "failure"',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) => eventSubscriptionResults(inv, ctx, 'db-instance', CATEGORIES, 'DB instance'),
});
