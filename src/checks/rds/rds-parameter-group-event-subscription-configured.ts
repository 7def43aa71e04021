import { defineCheck } from '../define-check.js';
import { eventSubscriptionResults } from './lib.js';

const CATEGORIES = ['configuration change'];

export const rdsParameterGroupEventSubscriptionConfigured = defineCheck({
  id: 'rds-parameter-group-event-subscription-configured',
  title: 'RDS event subscriptions cover critical DB parameter group events',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsEventSubscription',
  frameworks: { fsbp: ['RDS.21'] },
  rationale:
    'Event notifications tell the team at once about DB parameter group events (configuration change) instead of when users notice. As AWS documents it, a region without any event subscription passes.',
  remediation: {
    summary: 'Subscribe an SNS topic to the DB parameter group events of every DB parameter group.',
    cli: 'aws rds create-event-subscription --subscription-name <name> --sns-topic-arn <topic-arn> --source-type db-parameter-group --event-categories "configuration change"',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) => eventSubscriptionResults(inv, ctx, 'db-parameter-group', CATEGORIES, 'DB parameter group'),
});
