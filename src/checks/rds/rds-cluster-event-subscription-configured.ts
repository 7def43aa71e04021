import { defineCheck } from '../define-check.js';
import { eventSubscriptionResults } from './lib.js';

const CATEGORIES = ['maintenance', 'failure'];

export const rdsClusterEventSubscriptionConfigured = defineCheck({
  id: 'rds-cluster-event-subscription-configured',
  title: 'RDS event subscriptions cover critical DB cluster events',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsEventSubscription',
  frameworks: { fsbp: ['RDS.19'] },
  rationale:
    'Event notifications tell the team at once about DB cluster events (maintenance, failure) instead of when users notice. As AWS documents it, a region without any event subscription passes.',
  remediation: {
    summary: 'Subscribe an SNS topic to the DB cluster events of every DB cluster.',
    cli: 'aws rds create-event-subscription --subscription-name <name> --sns-topic-arn <topic-arn> --source-type db-cluster --event-categories "maintenance" "failure"',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) => eventSubscriptionResults(inv, ctx, 'db-cluster', CATEGORIES, 'DB cluster'),
});
