import {
  DescribeTrustedAdvisorCheckSummariesCommand,
  DescribeTrustedAdvisorChecksCommand,
  SupportClient,
  type TrustedAdvisorCheckSummary,
} from '@aws-sdk/client-support';
import type { TrustedAdvisorCheck, TrustedadvisorSection } from '../model/trustedadvisor.js';
import type { Collector } from './kit/collector.js';
import { task, type CollectContext } from './kit/context.js';
import { andThen, mapObserved } from './kit/observed.js';

/**
 * The AWS Support API (which serves Trusted Advisor) has its one endpoint in us-east-1 in the aws
 * partition. https://docs.aws.amazon.com/awssupport/latest/user/about-support-api.html
 */
export const SUPPORT_REGION = 'us-east-1';

/** Summaries are asked for in chunks: AWS documents no limit on checkIds, so stay modest. */
const CHUNK = 50;

function toCheck(
  ctx: CollectContext,
  c: { id?: string; name?: string },
  summary: TrustedAdvisorCheckSummary | undefined,
): TrustedAdvisorCheck {
  const id = c.id ?? '';
  return {
    arn: `arn:${ctx.partition}:trustedadvisor::${ctx.accountId}:checks/security/${id}`,
    id,
    name: c.name ?? id,
    status: summary?.status ?? null,
    resourcesFlagged: summary?.resourcesSummary?.resourcesFlagged ?? null,
    resourcesProcessed: summary?.resourcesSummary?.resourcesProcessed ?? null,
    refreshedAt: summary?.timestamp ?? null,
  };
}

/**
 * The security-category Trusted Advisor checks with their latest status: DescribeTrustedAdvisorChecks
 * (one call, every check) and DescribeTrustedAdvisorCheckSummaries for the security checks' IDs in
 * bulk (one call per 50 checks): two calls per account, no per-resource call. Without a Business,
 * Enterprise On-Ramp or Enterprise Support plan both answer SubscriptionRequiredException, which
 * stays a failed read (the check says UNKNOWN and why), never an empty list.
 * https://docs.aws.amazon.com/awssupport/latest/user/trusted-advisor.html
 */
export async function collectTrustedadvisor(ctx: CollectContext): Promise<TrustedadvisorSection> {
  return task(ctx, 'trustedadvisor', 'global', async () => {
    const client = ctx.clients.get(SupportClient, SUPPORT_REGION);
    const target = `arn:${ctx.partition}:trustedadvisor::${ctx.accountId}:checks/*`;
    const scope = { target, region: 'global' };
    const listed = await ctx.reader.read('support:DescribeTrustedAdvisorChecks', scope, () =>
      client.send(new DescribeTrustedAdvisorChecksCommand({ language: 'en' })),
    );
    const security = mapObserved(listed, (r) => (r.checks ?? []).filter((c) => c.category === 'security' && c.id));
    const securityChecks = await andThen(security, async (checks) => {
      const ids = checks.map((c) => c.id ?? '');
      const chunks = Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) => ids.slice(i * CHUNK, (i + 1) * CHUNK));
      const read = await ctx.reader.read('support:DescribeTrustedAdvisorCheckSummaries', scope, async () => {
        const pages = await Promise.all(
          chunks.map((checkIds) => client.send(new DescribeTrustedAdvisorCheckSummariesCommand({ checkIds }))),
        );
        return pages.flatMap((p) => p.summaries ?? []);
      });
      return mapObserved(read, (summaries) => {
        const byId = new Map(summaries.map((s) => [s.checkId, s]));
        return checks.map((c) => toCheck(ctx, c, byId.get(c.id))).sort((a, b) => a.name.localeCompare(b.name));
      });
    });
    return { securityChecks };
  });
}

export const trustedadvisorCollector: Collector<'trustedadvisor'> = {
  section: 'trustedadvisor',
  collect: collectTrustedadvisor,
};
