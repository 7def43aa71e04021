import type { Observed, ReadError, ReadErrorKind } from '../../model/observed.js';
import type { AwsAction } from '../aws/services.js';
import { classifyError } from './classify-error.js';
import { runInCallContext, type CallContext } from './call-context.js';
import { DEFAULT_SCAN_BUDGET_MS, ScanInterrupted, ScanStopped, Scheduler, type SchedulerOptions } from './scheduler.js';

export { ScanInterrupted, ScanBudgetExceeded, ScanStopped } from './scheduler.js';

/** The reader (and its scheduler) of one scan: every AWS call of the scan goes through it. */
export function createReader(
  options: { concurrency?: number; signal?: AbortSignal } & Pick<SchedulerOptions, 'budgetMs' | 'callDeadlineMs' | 'rateLimits'> = {},
): Reader {
  const { concurrency, ...rest } = options;
  return new Reader(new Scheduler({ concurrency: concurrency ?? 64, budgetMs: DEFAULT_SCAN_BUDGET_MS, ...rest }));
}

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
  /**
   * Whether an authentication failure may mean the region is not enabled (default: unless the
   * scope's region is 'global'). Region discovery runs in the home region but answers for the account.
   */
  regional?: boolean;
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
   * The scheduler's signal (and `signal`, if given) stop the scan (Ctrl-C, or its time budget):
   * calls not yet sent fail at once as "not read", calls in flight are aborted, so every collector
   * finishes quickly with what it has, and the checks that lacked data say UNKNOWN.
   */
  constructor(
    readonly scheduler: Scheduler,
    private readonly signal?: AbortSignal,
    /** The account this reader reads (several readers of one Organization scan share a scheduler). */
    readonly account = '',
  ) {}

  read<T>(
    action: AwsAction,
    scope: ReadScope,
    call: () => Promise<T>,
    options?: ReadOptions & { absentWhen?: undefined },
  ): Promise<Observed<T>>;
  read<T>(
    action: AwsAction,
    scope: ReadScope,
    call: () => Promise<T>,
    options: ReadOptions & { absentWhen: readonly string[] },
  ): Promise<Observed<T | null>>;
  async read<T>(action: AwsAction, scope: ReadScope, call: () => Promise<T>, options: ReadOptions = {}): Promise<Observed<T | null>> {
    this.actions.add(action);
    const stat = this.statOf(action);
    const started = Date.now();
    // Every request of `call` (pages, retries) is paced, deadlined and aborted by the SDK clients'
    // handler and retry strategy (ScanHttpHandler, ScanRetryStrategy), which find the read here.
    const ctx: CallContext = { scheduler: this.scheduler, action, region: scope.region, account: this.account, deadlineExceeded: false };
    try {
      const stop = this.scheduler.stopError() ?? (this.signal?.aborted ? new ScanInterrupted() : undefined);
      if (stop) throw stop;
      const value = await runInCallContext(ctx, call);
      stat.calls++;
      stat.retries += retriesOf(value);
      return { ok: true, value };
    } catch (err) {
      stat.calls++;
      stat.retries += retriesOf((err as { $metadata?: unknown })?.$metadata ? err : undefined);
      // Stopped while a throttled call waited to retry: the throttle, not the stop, lost the read.
      const cause = err instanceof ScanStopped && ctx.lastThrottle !== undefined ? ctx.lastThrottle : err;
      if (cause instanceof ScanStopped) return this.fail(action, scope, cause.message, 'other');
      const c = classifyError(cause, { regional: options.regional ?? scope.region !== 'global' });
      if (options.absentWhen?.includes(c.code)) return { ok: true, value: null };
      if (ctx.deadlineExceeded) {
        const s = Math.round(this.scheduler.callDeadlineMs / 1000);
        return this.fail(action, scope, `deadline exceeded: no complete answer within ${s} s (${c.message})`, 'other');
      }
      // Throttles are retried until the scan stops; say so, so that the UNKNOWN it causes is explained.
      const stopped = this.scheduler.stopError();
      if (c.kind === 'throttled' && stopped) {
        return this.fail(
          action,
          scope,
          `${c.message}; still throttled when the scan stopped (${stopped.message.replace(/^not read: /, '')})`,
          c.kind,
        );
      }
      return this.fail(action, scope, c.message, c.kind);
    } finally {
      stat.ms += Date.now() - started;
    }
  }

  /**
   * Records a read that failed without the SDK throwing (an empty answer, a job that never
   * finished, a document that does not parse, a read skipped by a limit) and returns it as a
   * failed Observed, so that checks report UNKNOWN and the error counts match what the
   * inventory holds.
   */
  fail(action: AwsAction, scope: ReadScope, message: string, kind: ReadErrorKind = 'other'): { ok: false; error: ReadError } {
    this.actions.add(action);
    this.statOf(action).errors++;
    const error: ReadError = { action, kind, target: scope.target, region: scope.region, message };
    this.errors.push(error);
    return { ok: false, error };
  }

  private statOf(action: string): CallStats {
    let stat = this.stats.get(action);
    if (!stat) {
      stat = { calls: 0, errors: 0, retries: 0, ms: 0 };
      this.stats.set(action, stat);
    }
    return stat;
  }
}

function retriesOf(v: unknown): number {
  const attempts = (v as { $metadata?: { attempts?: number } } | undefined)?.$metadata?.attempts;
  return typeof attempts === 'number' && attempts > 1 ? attempts - 1 : 0;
}
