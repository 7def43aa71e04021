import { ScanSetupError, UsageError } from '../errors.js';
import type { FindingsDocument } from '../evaluate/finding.js';
import { asffBatches } from '../report/asff.js';

export const EXPORT_TARGETS = ['securityhub'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

/** An export that did not fully land: exit code 3, after every report was written. */
export class ExportError extends ScanSetupError {
  override name = 'ExportError';
}

export function parseExport(value: string | undefined): ExportTarget | undefined {
  if (value === undefined) return undefined;
  const target = EXPORT_TARGETS.find((t) => t === value.trim());
  if (!target) throw new UsageError(`Unknown --export target ${JSON.stringify(value)}. Known targets: ${EXPORT_TARGETS.join(', ')}.`);
  return target;
}

export interface ExportOptions {
  homeRegion: string;
  profile?: string;
  stderr: (text: string) => void;
}

/** Runs after the reports are written, so a failed import never costs the user the reports. */
export async function exportFindings(doc: FindingsDocument, target: ExportTarget, options: ExportOptions): Promise<void> {
  // Loaded on demand: the Security Hub client is only needed by those who ask for it.
  const { exportToSecurityHub } = await import('../export/securityhub.js');
  const batches = asffBatches(doc, { homeRegion: options.homeRegion });
  const total = batches.reduce((n, b) => n + b.length, 0);
  const result = await exportToSecurityHub(batches, {
    region: options.homeRegion,
    ...(options.profile ? { profile: options.profile } : {}),
  });
  const where = `Security Hub in ${options.homeRegion}`;
  if (result.failed === 0) {
    options.stderr(`Imported ${result.imported} findings into ${where}.\n`);
    return;
  }
  throw new ExportError(
    `Security Hub export (${target}) incomplete: imported ${result.imported} of ${total} findings into ${where}, ${result.failed} failed (${result.problems.join('; ') || 'no reason given'}). The reports were written; rerun with --export ${target} once fixed (the import needs securityhub:BatchImportFindings and Security Hub enabled in ${options.homeRegion}).`,
  );
}
