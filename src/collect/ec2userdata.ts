import { gunzipSync } from 'node:zlib';
import { DescribeInstanceAttributeCommand, EC2Client, paginateDescribeInstances } from '@aws-sdk/client-ec2';
import type { Ec2UserDataInstance, Ec2UserDataScan, Ec2userdataSection } from '../model/ec2userdata.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { andThen, mapObserved, ok } from './kit/observed.js';
import { findSecrets } from '../secrets/detector.js';

/** Terminated instances keep no user data worth judging, and AWS soon forgets them. */
const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped'];

/**
 * DescribeInstanceAttribute returns user data base64-encoded; cloud-init also accepts it gzipped
 * (https://cloudinit.readthedocs.io/en/latest/explanation/format.html), so gzip is unpacked before
 * scanning. Only the matches are returned: the text itself goes no further than this function.
 */
export function scanUserData(base64: string | undefined): Ec2UserDataScan {
  if (!base64) return { present: false, secretMatches: [] };
  let bytes = Buffer.from(base64, 'base64');
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      // A truncated archive is scanned as it is: its readable parts may still hold a key.
    }
  }
  const text = bytes.toString('utf8');
  return {
    present: true,
    secretMatches: findSecrets(text).map((m) => ({ rule: m.rule, location: `user data line ${m.line}`, hint: m.hint })),
  };
}

/**
 * Instances per region (DescribeInstances, up to 1,000 per page), then one
 * DescribeInstanceAttribute userData per instance: AWS returns user data by no bulk call, so a
 * region with N instances costs N + ceil(N/1000) calls, paced in EC2's own per-API bucket.
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceAttribute.html
 */
export async function collectEc2userdata(ctx: CollectContext): Promise<Ec2userdataSection> {
  const instances = await forEachRegion(ctx, 'ec2userdata', async (region) => {
    const client = ctx.clients.get(EC2Client, region);
    const listed = await readList(
      ctx.reader,
      'ec2:DescribeInstances',
      { target: `${arnPrefix(ctx, 'ec2', region)}:instance/*`, region },
      () => paginateDescribeInstances({ client, pageSize: 1000 }, { Filters: [{ Name: 'instance-state-name', Values: LIVE_STATES }] }),
      (p) => (p.Reservations ?? []).flatMap((r) => r.Instances ?? []),
      (i) => i.InstanceId ?? '',
    );
    return andThen(listed, async (ids) =>
      ok(
        await Promise.all(
          ids
            .filter(Boolean)
            .sort()
            .map(async (instanceId): Promise<Ec2UserDataInstance> => {
              const arn = `${arnPrefix(ctx, 'ec2', region)}:instance/${instanceId}`;
              const read = await ctx.reader.read('ec2:DescribeInstanceAttribute', { target: arn, region }, () =>
                client.send(new DescribeInstanceAttributeCommand({ InstanceId: instanceId, Attribute: 'userData' })),
              );
              return { arn, region, instanceId, userData: mapObserved(read, (r) => scanUserData(r.UserData?.Value)) };
            }),
        ),
      ),
    );
  });
  return { instances };
}

export const ec2userdataCollector: Collector<'ec2userdata'> = {
  section: 'ec2userdata',
  collect: collectEc2userdata,
};
