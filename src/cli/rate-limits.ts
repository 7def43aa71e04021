/**
 * `--rate-limits FILE`: the account's own view of AWS's throttling limits, for accounts whose
 * limits were raised (or that share their buckets with busy workloads and want the scan gentler).
 * A JSON or YAML map from a service's IAM action prefix (`ec2`) or one API (`ec2:DescribeInstances`)
 * to `{ ratePerSecond, burst }`; what it does not name keeps the defaults of AWS_SERVICES.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { AWS_SERVICES, type RateLimit } from '../collect/aws/services.js';
import { UsageError } from '../errors.js';

const Limit = z
  .object({
    ratePerSecond: z.number().positive().max(10_000),
    burst: z.number().int().min(1).max(100_000),
  })
  .strict();

const KEY = /^([a-z0-9-]+)(?::([A-Z][A-Za-z0-9]+))?$/;

export async function loadRateLimits(file: string | undefined): Promise<Record<string, RateLimit> | undefined> {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--rate-limits: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  let data: unknown;
  try {
    data = parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`--rate-limits: ${file} is neither JSON nor YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new UsageError(`--rate-limits: ${file} must map services or actions to { ratePerSecond, burst }.`);
  const out: Record<string, RateLimit> = {};
  for (const [key, value] of Object.entries(data)) {
    const m = KEY.exec(key);
    if (!m || !Object.hasOwn(AWS_SERVICES, m[1] ?? ''))
      throw new UsageError(
        `--rate-limits: ${file}: ${JSON.stringify(key)} is not a service Bulwark calls (an IAM action prefix such as "ec2") or one of its APIs ("ec2:DescribeInstances").`,
      );
    const parsed = Limit.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `.${issue.path.join('.')}` : '';
      throw new UsageError(
        `--rate-limits: ${file}: ${JSON.stringify(key)}${where}: ${issue?.message ?? 'invalid'} (expected { ratePerSecond: number > 0, burst: integer >= 1 }).`,
      );
    }
    out[key] = parsed.data;
  }
  return out;
}
