import { openSession } from '../collect/aws/session.js';
import { planRegions } from '../collect/aws/regions.js';
import { createReader } from '../collect/kit/read.js';
import { collectInventory, type CollectResult } from '../collect/run.js';
import type { ProgressEvent } from '../collect/kit/context.js';
import type { SectionKey } from '../model/inventory.js';

export interface CollectRequest {
  profile?: string;
  regions: 'all' | string[];
  sections: readonly SectionKey[];
  tool: { name: string; version: string };
  concurrency?: number;
  progress?: (e: ProgressEvent) => void;
  /** Aborting it stops issuing AWS calls; what was read so far still makes an inventory. */
  signal?: AbortSignal;
}

/** Credentials, identity, region discovery, then every selected collector: the only AWS-facing step. */
export async function collectAccount(req: CollectRequest): Promise<CollectResult> {
  // One reader for the whole scan, identity and discovery included: one record of every call.
  const reader = createReader({
    ...(req.concurrency ? { concurrency: req.concurrency } : {}),
    ...(req.signal ? { signal: req.signal } : {}),
  });
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
    });
  } finally {
    session.clients.destroy();
  }
}
