/**
 * What the four Amazon Inspector checks (Inspector.1-4) share: one scan type's status for the
 * scanned account, in every scanned region. Only ENABLED passes; ENABLING, DISABLING, SUSPENDED and
 * DISABLED fail, because none of them scans now.
 */
import type { InspectorAccountStatus, InspectorSection } from '../../model/inspector.js';
import { accountRef, eachRegion, fail, pass, undecided, unknown } from '../define-check.js';
import type { CheckResult, EvalContext } from '../types.js';

export function judgeScanType(
  section: InspectorSection,
  ctx: EvalContext,
  type: keyof InspectorAccountStatus,
  noun: string,
): CheckResult[] {
  return eachRegion(section.accountStatus, (region, status) => {
    const ref = accountRef(ctx, region, 'inspector2');
    if (!status.ok) return unknown(ref, status.error);
    const value = status.value[type];
    if (value === 'ENABLED') return pass(ref, `Amazon Inspector ${noun} is enabled in ${region}.`);
    if (value === null)
      return undecided(
        ref,
        `Whether Amazon Inspector ${noun} is enabled in ${region} could not be decided: BatchGetAccountStatus returned no status for it.`,
      );
    return fail(ref, `Amazon Inspector ${noun} is ${value} in ${region}.`);
  });
}
