import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types';
import { currentCall } from '../kit/call-context.js';
import { DEFAULT_RETRY_POLICY, ScanStopped, type RetryPolicy } from '../kit/scheduler.js';

class Token implements RetryToken {
  constructor(
    readonly count: number,
    /** When the call's first attempt started (ms, Date.now()). */
    readonly firstAt: number,
    readonly throttles: number,
  ) {}
  getRetryCount(): number {
    return this.count;
  }
  /** The strategy sleeps itself (so that an abort cuts the wait short): the SDK waits no more. */
  getRetryDelay(): number {
    return 0;
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The retry strategy of every client: the scan, not the SDK, decides how long a call may keep
 * trying. The SDK's default strategies give up on throttling after 3 attempts, and their retry
 * quota (one per client) empties after about 100 throttled retries, after which every throttle
 * fails at once: under a throttling storm reads were lost while the scan had time to spare.
 *
 * - Throttles are retried with full-jitter exponential back-off (base 0.5 s, cap 20 s) for as
 *   long as the scan runs; each one also slows the read's token bucket (AIMD in the Scheduler).
 *   A throttled read fails only when the scan stops (its time budget, or Ctrl-C).
 * - Server errors (5xx) and transient network errors get `transientAttempts` attempts, and no
 *   retry starts later than `transientWindowMs` after the first attempt.
 * - Client errors (access denied, not found, ...) are final at once.
 *
 * Outside a read (no call context: tests seeding moto) it behaves like the transient rule with
 * the policy given here.
 */
export class ScanRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'bulwark';
  private readonly policy: RetryPolicy;

  /** `maxAttempts` bounds server and transient errors only (not throttles). */
  constructor(maxAttempts?: number) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...(maxAttempts !== undefined ? { transientAttempts: maxAttempts } : {}) };
  }

  acquireInitialRetryToken(): Promise<RetryToken> {
    return Promise.resolve(new Token(0, Date.now(), 0));
  }

  async refreshRetryTokenForRetry(token: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    const t = token as Token;
    const ctx = currentCall();
    const scheduler = ctx?.scheduler;
    // A call the scan gave up on (stopped, or cut by its deadline) is not retried.
    if (info.error instanceof ScanStopped || scheduler?.stopError() || ctx?.deadlineExceeded) throw info.error ?? new Error('not retried');
    const policy = scheduler ? { ...scheduler.retry, transientAttempts: this.policy.transientAttempts } : this.policy;
    const wait = scheduler?.sleep ?? sleep;
    if (info.errorType === 'THROTTLING') {
      if (ctx) {
        ctx.lastThrottle = info.error;
        scheduler?.bucket(ctx.action, ctx.region, ctx.account).onThrottle();
      }
      const backoff = policy.random() * Math.min(policy.throttleCapMs, policy.throttleBaseMs * 2 ** Math.min(t.throttles, 10));
      const hint = info.retryAfterHint ? info.retryAfterHint.getTime() - Date.now() : 0;
      await wait(Math.max(backoff, Math.min(hint, policy.throttleCapMs)));
      // The scan stopped during the back-off: the throttle is the read's last word.
      if (scheduler?.stopError()) throw info.error ?? new Error('throttled');
      return new Token(t.count + 1, t.firstAt, t.throttles + 1);
    }
    if (info.errorType === 'TRANSIENT' || info.errorType === 'SERVER_ERROR') {
      const attempts = t.count + 1 - t.throttles;
      const backoff = policy.random() * Math.min(2_000, 100 * 2 ** attempts);
      if (attempts >= policy.transientAttempts || Date.now() + backoff - t.firstAt > policy.transientWindowMs) {
        throw info.error ?? new Error('retries exhausted');
      }
      await wait(backoff);
      if (scheduler?.stopError()) throw info.error ?? new Error('stopped');
      return new Token(t.count + 1, t.firstAt, t.throttles);
    }
    throw info.error ?? new Error('not retryable');
  }

  recordSuccess(): void {
    const ctx = currentCall();
    if (ctx) ctx.scheduler.bucket(ctx.action, ctx.region, ctx.account).onSuccess();
  }
}
