import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fs.js';
import { renderSecrets, SECRETS_FORMATS, type SecretsFormat } from '../secrets/report.js';
import { DEFAULT_MAX_BYTES, scanSecrets } from '../secrets/scan.js';
import { toolVersion } from './version.js';

export interface SecretsFlags {
  gitHistory?: boolean;
  includeIgnored?: boolean;
  format?: string;
  output?: string;
  maxFileSize?: string;
}

/** `5MB`, `512k`, `1048576` to bytes. */
export function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(v.trim());
  if (!m) throw new UsageError(`--max-file-size: expected a size such as 5MB or 512KB, got ${JSON.stringify(v)}`);
  const unit = (m[2] ?? 'b').toLowerCase()[0] ?? 'b';
  const bytes = Math.floor(Number(m[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit] ?? 1));
  if (bytes < 1) throw new UsageError('--max-file-size must be at least 1 byte');
  return bytes;
}

/**
 * `bulwark secrets PATH...`: exit code 1 when a secret was found (so CI fails on a leak), 0 when
 * none, 2 for bad input, 3 when the scan could not run (git missing for --git-history).
 */
export async function runSecrets(paths: string[], flags: SecretsFlags): Promise<void> {
  const format = (flags.format ?? 'console') as SecretsFormat;
  if (!SECRETS_FORMATS.includes(format))
    throw new UsageError(`--format: expected one of ${SECRETS_FORMATS.join(', ')}, got ${JSON.stringify(flags.format)}`);
  const maxBytes = flags.maxFileSize === undefined ? DEFAULT_MAX_BYTES : parseSize(flags.maxFileSize);
  const result = await scanSecrets(paths, { gitHistory: !!flags.gitHistory, includeIgnored: !!flags.includeIgnored, maxBytes });
  const text = renderSecrets(result, format, toolVersion());
  if (flags.output) await writeFileAtomic(resolve(flags.output), text);
  else process.stdout.write(text);
  process.exitCode = result.findings.length > 0 ? 1 : 0;
}
