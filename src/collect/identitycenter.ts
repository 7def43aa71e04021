import { paginateListInstances, SSOAdminClient } from '@aws-sdk/client-sso-admin';
import type { IdentityCenterInstance, IdentityCenterSection } from '../model/identitycenter.js';
import type { Collector } from './collector.js';
import { forEachRegion, type CollectContext } from './context.js';
import { allPages, mapObserved } from './read.js';

/**
 * IAM Identity Center instances. An instance lives in one region, which the scanner cannot know
 * in advance, so every scanned region is asked and each answer is recorded; member accounts see
 * the organization instance too
 * (https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_ListInstances.html).
 */
export async function collectIdentityCenter(ctx: CollectContext): Promise<IdentityCenterSection> {
  const instances = await forEachRegion(ctx, 'identitycenter', async (region) => {
    const client = ctx.clients.get(SSOAdminClient, region);
    const listed = await ctx.reader.read('sso:ListInstances', { target: `arn:${ctx.partition}:sso:::instance/*`, region }, () =>
      allPages(paginateListInstances({ client }, {}), (p) => p.Instances),
    );
    return mapObserved(listed, (list) =>
      list
        .filter((i) => i.InstanceArn)
        .map((i): IdentityCenterInstance => ({
          arn: i.InstanceArn as string,
          region,
          identityStoreId: i.IdentityStoreId ?? null,
          ownerAccountId: i.OwnerAccountId ?? null,
          status: i.Status ?? null,
          createdDate: i.CreatedDate ? i.CreatedDate.toISOString() : null,
        })),
    );
  });
  return { instances };
}

export const identitycenterCollector: Collector<'identitycenter'> = {
  section: 'identitycenter',
  collect: collectIdentityCenter,
};
