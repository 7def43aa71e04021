import { DescribeHubCommand, SecurityHubClient, paginateGetEnabledStandards } from '@aws-sdk/client-securityhub';
import type { SecurityHubSection } from '../model/securityhub.js';
import type { Collector } from './kit/collector.js';
import { forEachRegion, type CollectContext } from './kit/context.js';
import { allPages } from './kit/list.js';
import { mapObserved } from './kit/observed.js';

/**
 * DescribeHub answers InvalidAccessException "Account <id> is not subscribed to AWS Security Hub"
 * when Security Hub is off in the region. The same code also means other access problems, so only
 * that message counts as "not enabled":
 * https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeHub.html
 */
export function isNotSubscribed(err: unknown): boolean {
  const e = err as { name?: string; message?: string } | undefined;
  return e?.name === 'InvalidAccessException' && /not subscribed/i.test(e.message ?? '');
}

export async function collectSecurityHub(ctx: CollectContext): Promise<SecurityHubSection> {
  const regions = await forEachRegion(ctx, 'securityhub', async (region) => {
    const client = ctx.clients.get(SecurityHubClient, region);
    const target = `arn:${ctx.partition}:securityhub:${region}:${ctx.accountId}:hub/default`;
    const hub = await ctx.reader.read('securityhub:DescribeHub', { target, region }, async () => {
      try {
        return await client.send(new DescribeHubCommand({}));
      } catch (err) {
        if (isNotSubscribed(err)) return null;
        throw err;
      }
    });
    const enabledStandards =
      hub.ok && hub.value
        ? await ctx.reader.read('securityhub:GetEnabledStandards', { target, region }, () =>
            allPages(paginateGetEnabledStandards({ client }, {}), (p) => p.StandardsSubscriptions),
          )
        : null;
    return {
      hub: mapObserved(hub, (h) => (h ? { arn: h.HubArn ?? target, region, subscribedAt: h.SubscribedAt ?? null } : null)),
      enabledStandards: enabledStandards
        ? mapObserved(enabledStandards, (subs) =>
            subs.map((s) => ({
              standardsArn: s.StandardsArn ?? '',
              standardsSubscriptionArn: s.StandardsSubscriptionArn ?? '',
              standardsStatus: s.StandardsStatus ?? 'UNKNOWN',
            })),
          )
        : null,
    };
  });
  return { regions };
}

export const securityhubCollector: Collector<'securityhub'> = {
  section: 'securityhub',
  collect: collectSecurityHub,
};
