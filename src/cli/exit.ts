import { ScanSetupError, UsageError } from '../errors.js';
import { InventoryFileError } from '../model/inventory-file.js';

/** Exit codes: 0 ran, 2 bad usage or input, 3 the scan could not run. */
export function exitCodeFor(err: unknown): number {
  if (err instanceof UsageError || err instanceof InventoryFileError) return 2;
  return 3;
}

/** One line, no stack trace (set BULWARK_DEBUG=1 to see it for an unexpected error). */
export function formatError(err: unknown): string {
  if (err instanceof UsageError || err instanceof InventoryFileError || err instanceof ScanSetupError) return err.message;
  const e = err as Error;
  if (process.env['BULWARK_DEBUG']) return e?.stack ?? String(err);
  return `unexpected error: ${e?.message?.split('\n')[0] ?? String(err)} (set BULWARK_DEBUG=1 for details)`;
}
