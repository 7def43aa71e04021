import { openSession } from '../collect/aws/session.js';
import { planRegions } from '../collect/aws/regions.js';
import { createReader, type Reader } from '../collect/kit/read.js';
import { collectInventory, type CollectResult } from '../collect/run.js';
import type { ProgressEvent } from '../collect/kit/context.js';
import type { SectionKey } from '../model/inventory.js';
import type { RateLimit } from '../collect/aws/services.js';

export interface CollectRequest {
  profile?: string;
  regions: 'all' | string[];
  sections: readonly SectionKey[];
  tool: { name: string; version: string };
  concurrency?: number;
  progress?: (e: ProgressEvent) => void;
  /** Aborting it stops issuing AWS calls; what was read so far still makes an inventory. */
  signal?: AbortSignal;
  /** The scan's time budget (`--timeout`): past it, outstanding reads end as 'deadline exceeded'. */
  budgetMs?: number;
  /** Total deadline of one AWS request (default 60 s). */
  callDeadlineMs?: number;
  /**
   * Told every second about the longest-outstanding AWS request once it has waited over 2 s
   * (undefined when none has), so that a slow or unreachable endpoint is named, not silent.
   */
  onWaiting?: (w: Waiting | undefined) => void;
  /** Access key IDs to look up in IAM (found by `scan --secrets`). */
  accessKeyIds?: readonly string[];
  /** Overrides of the pacing table (`--rate-limits`), by service prefix or action. */
  rateLimits?: Record<string, RateLimit>;
}

export interface Waiting {
  action: string;
  endpoint: string;
  seconds: number;
}

/** Reports the oldest request in flight once it is older than `afterMs`. */
function watchWaiting(reader: Reader, onWaiting: (w: Waiting | undefined) => void, afterMs = 2_000): () => void {
  const timer = setInterval(() => {
    let oldest: { action: string; endpoint: string; since: number } | undefined;
    for (const f of reader.scheduler.inFlight) if (!oldest || f.since < oldest.since) oldest = f;
    const age = oldest ? Date.now() - oldest.since : 0;
    onWaiting(oldest && age >= afterMs ? { action: oldest.action, endpoint: oldest.endpoint, seconds: Math.floor(age / 1000) } : undefined);
  }, 1_000);
  timer.unref();
  return () => clearInterval(timer);
}

/** Credentials, identity, region discovery, then every selected collector: the only AWS-facing step. */
export async function collectAccount(req: CollectRequest): Promise<CollectResult> {
  // One reader for the whole scan, identity and discovery included: one record of every call.
  const reader = createReader({
    ...(req.concurrency ? { concurrency: req.concurrency } : {}),
    ...(req.signal ? { signal: req.signal } : {}),
    ...(req.budgetMs ? { budgetMs: req.budgetMs } : {}),
    ...(req.callDeadlineMs ? { callDeadlineMs: req.callDeadlineMs } : {}),
    ...(req.rateLimits ? { rateLimits: req.rateLimits } : {}),
  });
  const stopWatching = req.onWaiting ? watchWaiting(reader, req.onWaiting) : () => undefined;
  try {
    return await collectWith(reader, req);
  } finally {
    stopWatching();
  }
}

async function collectWith(reader: Reader, req: CollectRequest): Promise<CollectResult> {
  const session = await openSession({ reader, ...(req.profile ? { profile: req.profile } : {}) });
  try {
    const regions = await planRegions(session, req.regions, reader);
    return await collectInventory({
      session,
      regions,
      sections: req.sections,
      tool: req.tool,
      reader,
      ...(req.progress ? { progress: req.progress } : {}),
      ...(req.accessKeyIds?.length ? { accessKeyIds: req.accessKeyIds } : {}),
    });
  } finally {
    session.clients.destroy();
  }
}
