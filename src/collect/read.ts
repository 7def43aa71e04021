import type { Observed, ReadError } from '../model/observed.js';
import { classifyError } from './classify-error.js';
import { ScanInterrupted, type Scheduler } from './scheduler.js';

export { ScanInterrupted } from './scheduler.js';

export interface ReadScope {
  /** ARN or scope being read (what a ReadError names). */
  target: string;
  /** AWS region of the client, or 'global'. */
  region: string;
}

export interface ReadOptions {
  /**
   * Error codes that mean "AWS says not configured" (NoSuchBucketPolicy, ...). Exactly these
   * become `ok: true, value: null`; every other error stays `ok: false`.
   */
  absentWhen?: readonly string[];
}

export interface CallStats {
  calls: number;
  errors: number;
  /** Sum of SDK attempts beyond the first (from $metadata.attempts). */
  retries: number;
  ms: number;
}

/**
 * The one place every AWS call goes through: records the IAM action (for the least-privilege
 * policy in examples/), runs under the scheduler, classifies errors into ReadError and keeps
 * per-action metrics.
 */
export class Reader {
  readonly actions = new Set<string>();
  readonly stats = new Map<string, CallStats>();
  readonly errors: ReadError[] = [];

  /**
   * `signal` interrupts the scan (Ctrl-C): calls not yet sent fail at once as "not read", so every
   * collector finishes quickly with what it has, and the checks that lacked data say UNKNOWN.
   */
  constructor(
    private readonly scheduler: Scheduler,
    private readonly signal?: AbortSignal,
  ) {}

  read<T>(action: string, scope: ReadScope, call: () => Promise<T>): Promise<Observed<T>>;
  read<T>(
    action: string,
    scope: ReadScope,
    call: () => Promise<T>,
    options: ReadOptions & { absentWhen: readonly string[] },
  ): Promise<Observed<T | null>>;
  async read<T>(action: string, scope: ReadScope, call: () => Promise<T>, options: ReadOptions = {}): Promise<Observed<T | null>> {
    this.actions.add(action);
    const stat = this.stats.get(action) ?? { calls: 0, errors: 0, retries: 0, ms: 0 };
    this.stats.set(action, stat);
    const started = Date.now();
    try {
      const value = await this.scheduler.run(action, scope.region, () =>
        this.signal?.aborted ? Promise.reject(new ScanInterrupted()) : call(),
      );
      stat.calls++;
      stat.retries += retriesOf(value);
      return { ok: true, value };
    } catch (err) {
      stat.calls++;
      stat.retries += retriesOf((err as { $metadata?: unknown })?.$metadata ? err : undefined);
      const c = classifyError(err, { regional: scope.region !== 'global' });
      if (options.absentWhen?.includes(c.code)) return { ok: true, value: null };
      stat.errors++;
      const error: ReadError = { action, kind: c.kind, target: scope.target, region: scope.region, message: c.message };
      this.errors.push(error);
      return { ok: false, error };
    } finally {
      stat.ms += Date.now() - started;
    }
  }
}

function retriesOf(v: unknown): number {
  const attempts = (v as { $metadata?: { attempts?: number } } | undefined)?.$metadata?.attempts;
  return typeof attempts === 'number' && attempts > 1 ? attempts - 1 : 0;
}

/** Maps an Observed value, keeping a failure as is. */
export function mapObserved<T, U>(o: Observed<T>, fn: (v: T) => U): Observed<U> {
  return o.ok ? { ok: true, value: fn(o.value) } : o;
}

/** Collects every page of an SDK paginator into one array (one read = the whole list). */
export async function allPages<P, T>(pages: AsyncIterable<P>, items: (page: P) => readonly T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(items(page) ?? []));
  return out;
}
