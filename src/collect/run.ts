import type { Session } from '../aws/session.js';
import type { Inventory, SectionKey } from '../model/inventory.js';
import { INVENTORY_KIND, INVENTORY_SCHEMA_VERSION } from '../model/inventory.js';
import type { RegionPlan } from '../aws/regions.js';
import { collectorLoaders, COLLECTION_ORDER } from './registry.js';
import { Reader } from './read.js';
import { Scheduler } from './scheduler.js';
import type { CollectContext, ProgressEvent } from './context.js';

export interface CollectOptions {
  session: Session;
  regions: RegionPlan;
  sections: readonly SectionKey[];
  tool: { name: string; version: string };
  concurrency?: number;
  progress?: (e: ProgressEvent) => void;
  /** Aborting it stops issuing AWS calls; what was read so far still makes an inventory. */
  signal?: AbortSignal;
  /** Injected for tests and benchmarks; defaults to the wall clock. */
  clock?: () => Date;
}

export interface CollectResult {
  inventory: Inventory;
  reader: Reader;
}

/**
 * Runs the selected collectors concurrently (slowest first) under one scheduler and assembles the
 * inventory. read() never throws, so a collector should not either; if one does (a bug), its
 * section is left out of the inventory (its checks then report UNKNOWN, never PASS) and the
 * other sections are kept.
 */
export async function collectInventory(options: CollectOptions): Promise<CollectResult> {
  const clock = options.clock ?? (() => new Date());
  const startedAt = clock().toISOString();
  const reader = new Reader(
    new Scheduler({ concurrency: options.concurrency ?? 64, ...(options.signal ? { signal: options.signal } : {}) }),
    options.signal,
  );
  // Discovery ran before the reader existed; record its actions for the least-privilege policy.
  reader.actions.add('ec2:DescribeRegions');
  reader.actions.add('sts:GetCallerIdentity');
  const ctx: CollectContext = {
    accountId: options.session.accountId,
    partition: options.session.partition,
    homeRegion: options.session.homeRegion,
    regions: options.regions.scanned,
    clients: options.session.clients,
    reader,
    progress: options.progress ?? (() => undefined),
  };
  const selected = COLLECTION_ORDER.filter((k) => options.sections.includes(k));
  const settled = await Promise.allSettled(
    selected.map(async (key) => {
      const collector = await collectorLoaders[key]();
      return [key, await collector.collect(ctx)] as const;
    }),
  );
  const sectionsOut: Partial<Record<SectionKey, unknown>> = {};
  const crashes: string[] = [];
  settled.forEach((s, i) => {
    if (s.status === 'fulfilled') sectionsOut[s.value[0]] = s.value[1];
    else crashes.push(`${selected[i]}: ${(s.reason as Error)?.message ?? String(s.reason)}`);
  });
  const inventory = {
    kind: INVENTORY_KIND,
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    tool: options.tool,
    account: { id: options.session.accountId, partition: options.session.partition, callerArn: options.session.callerArn },
    startedAt,
    finishedAt: clock().toISOString(),
    regions: {
      scanned: options.regions.scanned,
      skipped: options.regions.skipped,
      complete: options.regions.complete,
      ...(options.regions.discoveryError ? { discoveryError: options.regions.discoveryError } : {}),
    },
    ...sectionsOut,
  } as Inventory;
  if (crashes.length) {
    // Sections that crashed are absent, so their checks report UNKNOWN, never PASS.
    process.stderr.write(`bulwark: warning: a collector failed (a bug; its checks report UNKNOWN): ${crashes.join('; ')}\n`);
  }
  return { inventory, reader };
}
