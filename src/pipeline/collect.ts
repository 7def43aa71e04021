import { openSession } from '../aws/session.js';
import { planRegions } from '../aws/regions.js';
import { collectInventory, type CollectResult } from '../collect/run.js';
import type { ProgressEvent } from '../collect/context.js';
import type { SectionKey } from '../model/inventory.js';

export interface CollectRequest {
  profile?: string;
  regions: 'all' | string[];
  sections: readonly SectionKey[];
  tool: { name: string; version: string };
  concurrency?: number;
  progress?: (e: ProgressEvent) => void;
  signal?: AbortSignal;
}

/** Credentials, identity, region discovery, then every selected collector: the only AWS-facing step. */
export async function collectAccount(req: CollectRequest): Promise<CollectResult> {
  const session = await openSession(req.profile ? { profile: req.profile } : {});
  try {
    const regions = await planRegions(session, req.regions);
    return await collectInventory({
      session,
      regions,
      sections: req.sections,
      tool: req.tool,
      ...(req.concurrency ? { concurrency: req.concurrency } : {}),
      ...(req.progress ? { progress: req.progress } : {}),
      ...(req.signal ? { signal: req.signal } : {}),
    });
  } finally {
    session.clients.destroy();
  }
}
