/**
 * Lists a collector started reading after inventories were already being saved: in an older
 * inventory the list is absent, which must read as "not read" (UNKNOWN naming the call), never as
 * "the region has none".
 */
import type { Observed } from '../../model/observed.js';
import { accountRef, eachRegion, eachResource, missingData, type CheckResult, type EvalContext } from '../define-check.js';

type Results = CheckResult | CheckResult[] | undefined;

/** The list when it was recorded, else a failed read of `action` saying the inventory predates it. */
export function recordedOrPredates<T>(value: Observed<T> | undefined, action: string, target: string, region: string): Observed<T> {
  return value ?? { ok: false, error: missingData(action, target, 'the inventory predates this read', { region }) };
}

/**
 * Runs `fn` on each item of an optional observed list in every region (region order): a failed or
 * absent list is one UNKNOWN for the account in that region and `service`.
 */
export function eachOptionalRegional<D, T>(
  ctx: EvalContext,
  byRegion: Readonly<Record<string, D>>,
  pick: (data: D) => Observed<readonly T[]> | undefined,
  read: { action: string; service: string; target: (region: string) => string },
  fn: (item: T, data: D, region: string) => Results,
): CheckResult[] {
  return eachRegion(byRegion, (region, data) =>
    eachResource(recordedOrPredates(pick(data), read.action, read.target(region), region), accountRef(ctx, region, read.service), (item) =>
      fn(item, data, region),
    ),
  );
}
