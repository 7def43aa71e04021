import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
} from '@aws-sdk/client-config-service';
import type { ConfigSection } from '../model/config.js';
import type { Collector } from './kit/collector.js';
import { forEachRegion, type CollectContext } from './kit/context.js';
import { mapObserved } from './kit/observed.js';

export async function collectConfig(ctx: CollectContext): Promise<ConfigSection> {
  const regions = await forEachRegion(ctx, 'config', async (region) => {
    const client = ctx.clients.get(ConfigServiceClient, region);
    const scope = { target: `arn:${ctx.partition}:config:${region}:${ctx.accountId}:config-recorder/*`, region };
    // None of the three calls is paginated; an account has at most one customer recorder per region.
    const [recorders, statuses, channels] = await Promise.all([
      ctx.reader.read('config:DescribeConfigurationRecorders', scope, () => client.send(new DescribeConfigurationRecordersCommand({}))),
      ctx.reader.read('config:DescribeConfigurationRecorderStatus', scope, () =>
        client.send(new DescribeConfigurationRecorderStatusCommand({})),
      ),
      ctx.reader.read(
        'config:DescribeDeliveryChannels',
        { ...scope, target: `arn:${ctx.partition}:config:${region}:${ctx.accountId}:delivery-channel/*` },
        () => client.send(new DescribeDeliveryChannelsCommand({})),
      ),
    ]);
    return {
      recorders: mapObserved(recorders, (r) =>
        (r.ConfigurationRecorders ?? []).map((rec) => ({
          name: rec.name ?? 'default',
          allSupported: rec.recordingGroup?.allSupported ?? false,
          includeGlobalResourceTypes: rec.recordingGroup?.includeGlobalResourceTypes ?? false,
          recordingStrategy: rec.recordingGroup?.recordingStrategy?.useOnly ?? null,
          resourceTypes: rec.recordingGroup?.resourceTypes ?? [],
          excludedResourceTypes: rec.recordingGroup?.exclusionByResourceTypes?.resourceTypes ?? [],
        })),
      ),
      recorderStatuses: mapObserved(statuses, (r) =>
        (r.ConfigurationRecordersStatus ?? []).map((s) => ({
          name: s.name ?? 'default',
          recording: s.recording ?? false,
          lastStatus: s.lastStatus ?? null,
        })),
      ),
      deliveryChannels: mapObserved(channels, (r) =>
        (r.DeliveryChannels ?? []).map((c) => ({
          name: c.name ?? 'default',
          s3BucketName: c.s3BucketName ?? null,
          snsTopicArn: c.snsTopicARN ?? null,
        })),
      ),
    };
  });
  return { regions };
}

export const configCollector: Collector<'config'> = {
  section: 'config',
  collect: collectConfig,
};
