import type { Session } from './aws/session.js';
import type { Inventory, SectionKey } from '../model/inventory.js';
import { INVENTORY_KIND, INVENTORY_SCHEMA_VERSION } from '../model/inventory.js';
import type { RegionPlan } from './aws/regions.js';
import { COLLECTION_ORDER, loadCollector } from './registry.js';
import type { Reader } from './kit/read.js';
import type { CollectContext, ProgressEvent } from './kit/context.js';

export interface CollectOptions {
  session: Session;
  regions: RegionPlan;
  sections: readonly SectionKey[];
  tool: { name: string; version: string };
  /**
   * The scan's reader (createReader), which identity and region discovery already went through,
   * so that its actions, statistics and errors cover every call of the scan. Its signal
   * interrupts the scan: what was read so far still makes an inventory.
   */
  reader: Reader;
  progress?: (e: ProgressEvent) => void;
  /** Injected for tests and benchmarks; defaults to the wall clock. */
  clock?: () => Date;
  /** Access key IDs for the IAM collector to look up (`scan --secrets`). */
  accessKeyIds?: readonly string[];
}

/** A collector that threw (a bug: read() never throws). Its section is absent from the inventory. */
export interface CollectorCrash {
  section: SectionKey;
  message: string;
}

export interface CollectResult {
  inventory: Inventory;
  reader: Reader;
  /** For the caller to report: the crashed sections' checks say UNKNOWN, never PASS. */
  crashes: CollectorCrash[];
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
  const reader = options.reader;
  const ctx: CollectContext = {
    accountId: options.session.accountId,
    partition: options.session.partition,
    homeRegion: options.session.homeRegion,
    regions: options.regions.scanned,
    clients: options.session.clients,
    reader,
    progress: options.progress ?? (() => undefined),
    ...(options.accessKeyIds?.length ? { accessKeyIds: options.accessKeyIds } : {}),
  };
  const selected = COLLECTION_ORDER.filter((k) => options.sections.includes(k));
  const settled = await Promise.allSettled(
    selected.map(async (key) => {
      const collector = await loadCollector(key);
      return [key, await collector.collect(ctx)] as const;
    }),
  );
  const sectionsOut: Partial<Record<SectionKey, unknown>> = {};
  const crashes: CollectorCrash[] = [];
  settled.forEach((s, i) => {
    if (s.status === 'fulfilled') sectionsOut[s.value[0]] = s.value[1];
    else crashes.push({ section: selected[i] as SectionKey, message: (s.reason as Error)?.message ?? String(s.reason) });
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
  return { inventory, reader, crashes };
}
