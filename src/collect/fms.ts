import { FMSClient, InvalidOperationException, ResourceNotFoundException, paginateListPolicies } from '@aws-sdk/client-fms';
import type { FmsPolicyList, FmsSection } from '../model/fms.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { allPages } from './kit/list.js';

/**
 * Firewall Manager answers ListPolicies only in its administrator account, in a region enabled for
 * it; elsewhere it declines with InvalidOperationException ("the operation wasn't possible") or
 * ResourceNotFoundException. Those answers are kept as "declined" with AWS's code and message, so
 * checks can say why they cannot judge; AccessDeniedException stays a failed read, since IAM
 * denials use the same code.
 * https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_ListPolicies.html
 */
async function listPolicies(ctx: CollectContext, client: FMSClient, region: string): Promise<FmsPolicyList> {
  try {
    const list = await allPages(paginateListPolicies({ client }, { MaxResults: 100 }), (p) => p.PolicyList);
    return {
      status: 'listed',
      policies: list.map((p) => ({
        arn: p.PolicyArn ?? `${arnPrefix(ctx, 'fms', region)}:policy/${p.PolicyId ?? ''}`,
        region,
        name: p.PolicyName ?? p.PolicyId ?? '',
        securityServiceType: p.SecurityServiceType ?? null,
        resourceType: p.ResourceType ?? null,
        remediationEnabled: p.RemediationEnabled ?? null,
      })),
    };
  } catch (err) {
    if (err instanceof InvalidOperationException || err instanceof ResourceNotFoundException)
      return { status: 'declined', code: err.name, message: err.message };
    throw err;
  }
}

/** Per region: one paginated ListPolicies (100 policies a page). */
export async function collectFms(ctx: CollectContext): Promise<FmsSection> {
  const regions = await forEachRegion(ctx, 'fms', async (region) => {
    const client = ctx.clients.get(FMSClient, region);
    return {
      policies: await ctx.reader.read('fms:ListPolicies', { target: `${arnPrefix(ctx, 'fms', region)}:policy/*`, region }, () =>
        listPolicies(ctx, client, region),
      ),
    };
  });
  return { regions };
}

export const fmsCollector: Collector<'fms'> = {
  section: 'fms',
  collect: collectFms,
};
