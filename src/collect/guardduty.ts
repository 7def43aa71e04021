import { GetDetectorCommand, GuardDutyClient, paginateListDetectors } from '@aws-sdk/client-guardduty';
import type { GuardDutyDetector, GuardDutySection } from '../model/guardduty.js';
import type { Collector } from './kit/collector.js';
import { forEachRegion, type CollectContext } from './kit/context.js';
import { allPages } from './kit/list.js';
import { mapObserved } from './kit/observed.js';

export async function collectGuardDuty(ctx: CollectContext): Promise<GuardDutySection> {
  const detectors = await forEachRegion(ctx, 'guardduty', async (region) => {
    const client = ctx.clients.get(GuardDutyClient, region);
    const ids = await ctx.reader.read(
      'guardduty:ListDetectors',
      { target: `arn:${ctx.partition}:guardduty:${region}:${ctx.accountId}:detector/*`, region },
      () => allPages(paginateListDetectors({ client }, {}), (p) => p.DetectorIds),
    );
    if (!ids.ok) return ids;
    const list = await Promise.all(
      ids.value.map(async (detectorId): Promise<GuardDutyDetector> => {
        const arn = `arn:${ctx.partition}:guardduty:${region}:${ctx.accountId}:detector/${detectorId}`;
        const detector = await ctx.reader.read('guardduty:GetDetector', { target: arn, region }, () =>
          client.send(new GetDetectorCommand({ DetectorId: detectorId })),
        );
        return {
          detectorId,
          arn,
          region,
          status: mapObserved(detector, (d) => d.Status ?? 'UNKNOWN'),
          features: detector.ok
            ? (detector.value.Features ?? []).map((f) => ({
                name: f.Name ?? '',
                status: f.Status ?? null,
                additionalConfiguration: (f.AdditionalConfiguration ?? []).map((a) => ({ name: a.Name ?? '', status: a.Status ?? null })),
              }))
            : null,
          tags: detector.ok ? { ...(detector.value.Tags ?? {}) } : null,
        };
      }),
    );
    return { ok: true as const, value: list };
  });
  return { detectors };
}

export const guarddutyCollector: Collector<'guardduty'> = {
  section: 'guardduty',
  collect: collectGuardDuty,
};
