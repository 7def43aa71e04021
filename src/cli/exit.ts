import { ScanSetupError, UsageError } from '../errors.js';
import { InventoryFileError } from '../model/inventory-file.js';
import type { FindingsDocument } from '../evaluate/finding.js';
import { SEVERITIES, type Severity } from '../model/vocabulary.js';

/**
 * Exit codes, the one table (README "Exit codes"):
 *   0   the scan ran (findings or not), and no --fail-on threshold was reached
 *   1   --fail-on: an unmuted FAIL at or above the threshold exists (reports were written first)
 *   2   bad usage or input: unknown flag, check, region or format; malformed inventory or mutelist
 *   3   the scan could not run: no credentials, endpoint unreachable, output unwritable later, a bug
 *   130 interrupted by Ctrl-C (what was read is still reported)
 */
export const EXIT = { ok: 0, failOn: 1, usage: 2, couldNotRun: 3, interrupted: 130 } as const;

/** --fail-on values: a severity at or above which an unmuted FAIL fails the run. */
export const FAIL_ON: readonly Severity[] = SEVERITIES;

export function exitCodeFor(err: unknown): number {
  if (err instanceof UsageError || err instanceof InventoryFileError) return EXIT.usage;
  return EXIT.couldNotRun;
}

/** 1 when an unmuted FAIL at or above `failOn` exists; muted findings carry status MUTED and never count. */
export function gateExitCode(doc: FindingsDocument, failOn: Severity | undefined): number {
  if (!failOn) return EXIT.ok;
  const limit = SEVERITIES.indexOf(failOn);
  return doc.findings.some((f) => f.status === 'FAIL' && SEVERITIES.indexOf(f.severity) <= limit) ? EXIT.failOn : EXIT.ok;
}

/** One line, no stack trace (set BULWARK_DEBUG=1 to see it for an unexpected error). */
export function formatError(err: unknown): string {
  if (err instanceof UsageError || err instanceof InventoryFileError || err instanceof ScanSetupError) return err.message;
  const e = err as Error;
  if (process.env['BULWARK_DEBUG']) return e?.stack ?? String(err);
  return `unexpected error: ${e?.message?.split('\n')[0] ?? String(err)} (set BULWARK_DEBUG=1 for details)`;
}
