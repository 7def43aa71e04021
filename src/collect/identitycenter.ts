import { paginateListInstances, SSOAdminClient } from '@aws-sdk/client-sso-admin';
import type { IdentityCenterInstance, IdentityCenterSection } from '../model/identitycenter.js';
import type { Collector } from './kit/collector.js';
import { iso } from './kit/time.js';
import { forEachRegion, type CollectContext } from './kit/context.js';
import { allPages } from './kit/list.js';
import { mapObserved } from './kit/observed.js';

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
          createdDate: iso(i.CreatedDate),
        })),
    );
  });
  return { instances };
}

export const identitycenterCollector: Collector<'identitycenter'> = {
  section: 'identitycenter',
  collect: collectIdentityCenter,
};
