import { DescribeSubscriptionCommand, ShieldClient, paginateListProtections } from '@aws-sdk/client-shield';
import type { ShieldSection, ShieldSubscription } from '../model/shield.js';
import { cloudFrontApiRegion } from './cloudfront.js';
import type { Collector } from './kit/collector.js';
import { task, type CollectContext } from './kit/context.js';
import { allPages } from './kit/list.js';
import { andThen, mapObserved, ok } from './kit/observed.js';
import { iso } from './kit/time.js';

/**
 * Shield Advanced: DescribeSubscription (ResourceNotFoundException = not subscribed, recorded as
 * null), then ListProtections when subscribed. Shield is global, served from us-east-1. One call,
 * two with a subscription (plus a page per 100 protections). GetSubscriptionState would also do,
 * but DescribeSubscription carries the dates too.
 * https://docs.aws.amazon.com/waf/latest/DDOSAPIReference/API_DescribeSubscription.html
 */
export async function collectShield(ctx: CollectContext): Promise<ShieldSection> {
  return task(ctx, 'shield', 'global', async () => {
    const client = ctx.clients.get(ShieldClient, cloudFrontApiRegion(ctx));
    const target = `arn:${ctx.partition}:shield::${ctx.accountId}:subscription/*`;
    const described = await ctx.reader.read(
      'shield:DescribeSubscription',
      { target, region: 'global' },
      () => client.send(new DescribeSubscriptionCommand({})),
      { absentWhen: ['ResourceNotFoundException'] },
    );
    const subscription = mapObserved(described, (r) =>
      r?.Subscription ? { startTime: iso(r.Subscription.StartTime), endTime: iso(r.Subscription.EndTime) } : null,
    );
    const protectedResourceArns = await andThen<ShieldSubscription | null, string[] | null>(subscription, async (s) =>
      s === null
        ? ok(null)
        : ctx.reader.read(
            'shield:ListProtections',
            { target: `arn:${ctx.partition}:shield::${ctx.accountId}:protection/*`, region: 'global' },
            () => allPages(paginateListProtections({ client }, {}), (p) => (p.Protections ?? []).map((x) => x.ResourceArn ?? '')),
          ),
    );
    return { subscription, protectedResourceArns };
  });
}

export const shieldCollector: Collector<'shield'> = {
  section: 'shield',
  collect: collectShield,
};
