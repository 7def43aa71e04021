import type { ClientFactory } from '../aws/clients.js';
import type { Reader } from './read.js';

export type ProgressEvent =
  { type: 'start'; service: string; region: string } | { type: 'done'; service: string; region: string; errors: number };

export interface CollectContext {
  accountId: string;
  partition: string;
  /** Region for global services (IAM, S3 ListBuckets, Organizations). */
  homeRegion: string;
  /** Enabled regions in scope, sorted. */
  regions: readonly string[];
  clients: ClientFactory;
  reader: Reader;
  /** Progress sink; the CLI draws it on a TTY. */
  progress: (e: ProgressEvent) => void;
  /** Access key IDs to look up in IAM (found by `scan --secrets`): who owns each, and is it active. */
  accessKeyIds?: readonly string[];
}

/**
 * Runs `fn` for every region in scope concurrently, emitting progress per (service, region),
 * and returns its results keyed by region.
 */
export async function forEachRegion<T>(
  ctx: CollectContext,
  service: string,
  fn: (region: string) => Promise<T>,
): Promise<Record<string, T>> {
  const entries = await Promise.all(
    ctx.regions.map(async (region) => [region, await task(ctx, service, region, () => fn(region))] as const),
  );
  return Object.fromEntries(entries);
}

/** Runs one (service, region) unit of collection with progress events. */
export async function task<T>(ctx: CollectContext, service: string, region: string, fn: () => Promise<T>): Promise<T> {
  const before = ctx.reader.errors.length;
  ctx.progress({ type: 'start', service, region });
  try {
    return await fn();
  } finally {
    ctx.progress({ type: 'done', service, region, errors: ctx.reader.errors.length - before });
  }
}

export function arnPrefix(ctx: CollectContext, service: string, region = ''): string {
  return `arn:${ctx.partition}:${service}:${region}:${ctx.accountId}`;
}
