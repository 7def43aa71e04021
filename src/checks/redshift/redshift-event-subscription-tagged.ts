import { defineCheck } from '../define-check.js';
import { eachOptionalRegional } from '../lib/optional-list.js';
import { judgeTagged } from '../lib/tags.js';

export const redshiftEventSubscriptionTagged = defineCheck({
  id: 'redshift-event-subscription-tagged',
  title: 'Redshift event subscriptions are tagged',
  service: 'redshift',
  severity: 'low',
  resourceType: 'Other',
  frameworks: { fsbp: ['Redshift.12'] },
  rationale:
    'Tags say who owns an event subscription and which alerts it carries, so a notification path can be attributed and reviewed. As Security Hub Redshift.12 with its default parameters, a subscription passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the event subscription, at least with its owner (aws: system tags do not count).',
    cli: 'aws redshift create-tags --resource-name <event-subscription-arn> --tags Key=owner,Value=<team>',
    console: 'Amazon Redshift console > Events > Event subscriptions > <subscription> > Tags.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/amazon-redshift-tagging.html',
  },
  reads: ['redshift'],
  // DescribeEventSubscriptions returns the tags with the list, so the judgment has no read of its own that could fail.
  evaluate: (inv, ctx) =>
    eachOptionalRegional(
      ctx,
      inv.redshift.regions,
      (r) => r.eventSubscriptions,
      {
        action: 'redshift:DescribeEventSubscriptions',
        service: 'redshift',
        target: (region) => `arn:${ctx.partition}:redshift:${region}:${ctx.accountId}:eventsubscription:*`,
      },
      (x) => judgeTagged(x, `Redshift event subscription ${x.name}`, { ok: true, value: x.tagKeys }),
    ),
});
