import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { ReadError } from '../../model/observed.js';
import type { Reader } from '../kit/read.js';
import type { Session } from './session.js';
import { UsageError } from '../../errors.js';

/** Regions enabled in every account by default (not opt-in), used when DescribeRegions is denied. */
export const DEFAULT_ENABLED_REGIONS = [
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
];

/**
 * The fallback for the caller's partition: commercial region names do not exist in GovCloud or
 * China, so falling back to them there would scan nothing but errors.
 */
export function defaultEnabledRegions(partition: string): readonly string[] {
  if (partition === 'aws-us-gov') return ['us-gov-east-1', 'us-gov-west-1'];
  if (partition === 'aws-cn') return ['cn-north-1', 'cn-northwest-1'];
  return DEFAULT_ENABLED_REGIONS;
}

export interface RegionPlan {
  scanned: string[];
  skipped: { region: string; reason: string }[];
  /** Every enabled region is in `scanned`. */
  complete: boolean;
  /** Set when discovery failed and the plan fell back to the requested or default regions. */
  discoveryError?: ReadError;
}

/**
 * Every enabled region (DescribeRegions AllRegions), narrowed by --region. Opt-in regions that are
 * not enabled are skipped and listed, never scanned (their endpoints reject the credentials).
 */
export async function planRegions(session: Session, requested: 'all' | string[], reader: Reader): Promise<RegionPlan> {
  const ec2 = session.clients.get(EC2Client, session.homeRegion);
  const listed = await reader.read(
    'ec2:DescribeRegions',
    { target: `arn:${session.partition}:ec2:${session.homeRegion}:${session.accountId}:account`, region: session.homeRegion },
    () => ec2.send(new DescribeRegionsCommand({ AllRegions: true })),
    // DescribeRegions answers for the account, not for a region: an auth failure is no disabled region.
    { regional: false },
  );
  if (!listed.ok) {
    const scanned = requested === 'all' ? defaultEnabledRegions(session.partition) : requested;
    return { scanned: [...scanned].sort(), skipped: [], complete: false, discoveryError: listed.error };
  }
  const all = (listed.value.Regions ?? []).map((r) => ({ name: r.RegionName ?? '', status: r.OptInStatus ?? 'opt-in-not-required' }));
  const enabled = new Set(all.filter((r) => r.status !== 'not-opted-in').map((r) => r.name));
  const known = new Set(all.map((r) => r.name));
  if (requested === 'all') {
    return {
      scanned: [...enabled].sort(),
      complete: true,
      skipped: all
        .filter((r) => !enabled.has(r.name))
        .map((r) => ({ region: r.name, reason: 'opt-in region not enabled in this account' }))
        .sort((a, b) => a.region.localeCompare(b.region)),
    };
  }
  const unknown = requested.filter((r) => !known.has(r));
  if (unknown.length)
    throw new UsageError(`Unknown region ${unknown.map((u) => JSON.stringify(u)).join(', ')}: not an AWS region in this partition.`);
  return {
    scanned: requested.filter((r) => enabled.has(r)).sort(),
    complete: [...enabled].every((r) => requested.includes(r)),
    skipped: requested.filter((r) => !enabled.has(r)).map((region) => ({ region, reason: 'opt-in region not enabled in this account' })),
  };
}
