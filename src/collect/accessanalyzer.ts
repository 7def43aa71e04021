import { AccessAnalyzerClient, paginateListAnalyzers } from '@aws-sdk/client-accessanalyzer';
import type { AccessAnalyzerAnalyzer, AccessAnalyzerSection } from '../model/accessanalyzer.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { allPages } from './kit/list.js';
import { mapObserved } from './kit/observed.js';

/**
 * Analyzers of every type in each region (the check picks the external-access ones). Analyzers
 * are regional: an account needs one per region it uses
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html).
 */
export async function collectAccessAnalyzer(ctx: CollectContext): Promise<AccessAnalyzerSection> {
  const analyzers = await forEachRegion(ctx, 'accessanalyzer', async (region) => {
    const client = ctx.clients.get(AccessAnalyzerClient, region);
    const listed = await ctx.reader.read(
      'access-analyzer:ListAnalyzers',
      { target: `${arnPrefix(ctx, 'access-analyzer', region)}:analyzer/*`, region },
      () => allPages(paginateListAnalyzers({ client }, {}), (p) => p.analyzers),
    );
    return mapObserved(listed, (list) =>
      list.map((a): AccessAnalyzerAnalyzer => ({
        arn: a.arn ?? `${arnPrefix(ctx, 'access-analyzer', region)}:analyzer/${a.name ?? 'unknown'}`,
        region,
        name: a.name ?? '',
        type: a.type ?? 'UNKNOWN',
        status: a.status ?? 'UNKNOWN',
        tags: { ...(a.tags ?? {}) },
      })),
    );
  });
  return { analyzers };
}

export const accessanalyzerCollector: Collector<'accessanalyzer'> = {
  section: 'accessanalyzer',
  collect: collectAccessAnalyzer,
};
