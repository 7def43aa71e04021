/**
 * Bounded concurrency for collection: a global bound on calls in flight, plus a token bucket per
 * (service, region), so a burst of per-resource calls to one service cannot throttle it into long
 * back-offs while other services sit idle. Waiters are served in FIFO order, so work submitted
 * first (the slowest services are started first) gets the first slots.
 */
import { AWS_SERVICES, DEFAULT_RATE_LIMIT, type RateLimit, type ServicePacing } from '../aws/services.js';

export type { RateLimit } from '../aws/services.js';

/** A call skipped because the scan was interrupted (Ctrl-C) while it waited for its turn. */
export class ScanInterrupted extends Error {
  override name = 'ScanInterrupted';
  constructor() {
    super('not read: the scan was interrupted before this call');
  }
}

class Semaphore {
  private active = 0;
  private waiters: { resolve: () => void; reject: (e: Error) => void }[] = [];
  constructor(private readonly size: number) {}
  async acquire(): Promise<void> {
    if (this.active < this.size) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
  }
  release(): void {
    const next = this.waiters.shift();
    if (next) next.resolve();
    else this.active--;
  }
  /** Rejects every waiter (they never got a slot, so nothing is released for them). */
  rejectWaiters(err: () => Error): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.reject(err());
  }
}

class TokenBucket {
  private tokens: number;
  private last = Date.now();
  private queue: Promise<void> = Promise.resolve();
  constructor(
    private readonly limit: RateLimit,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly aborted: () => boolean,
  ) {
    this.tokens = limit.burst;
  }
  /** Resolves when a token is available; callers are chained so they are served in order. */
  take(): Promise<void> {
    const turn = this.queue.then(async () => {
      for (;;) {
        // Interrupted: every queued caller gives up at once instead of waiting out the rate.
        if (this.aborted()) throw new ScanInterrupted();
        const now = Date.now();
        this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.last) / 1000) * this.limit.ratePerSecond);
        this.last = now;
        if (this.tokens >= 1) {
          this.tokens -= 1;
          return;
        }
        await this.sleep(Math.ceil(((1 - this.tokens) / this.limit.ratePerSecond) * 1000));
      }
    });
    // The chain itself never rejects, so one caller's interruption does not skip the checks above.
    this.queue = turn.catch(() => undefined);
    return turn;
  }
}

export interface SchedulerOptions {
  /** Calls in flight across all services and regions. */
  concurrency: number;
  /** Per-service overrides of AWS_SERVICES' rate limits, keyed by IAM action prefix (tests raise or lower them). */
  rateLimits?: Record<string, RateLimit>;
  /**
   * Aborting it (Ctrl-C) rejects every call still waiting for a rate-limit token or a slot with
   * ScanInterrupted at once; calls already sent finish normally.
   */
  signal?: AbortSignal;
}

export class Scheduler {
  private readonly global: Semaphore;
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly rateLimits: Record<string, RateLimit>;
  private readonly signal: AbortSignal | undefined;
  /** Wake-ups of token waits in progress, run at once on abort. */
  private readonly sleepers = new Set<() => void>();

  constructor(options: SchedulerOptions) {
    this.global = new Semaphore(Math.max(1, options.concurrency));
    this.rateLimits = options.rateLimits ?? {};
    this.signal = options.signal;
    // One listener for the whole scheduler (one per waiter would trip Node's listener-leak warning).
    this.signal?.addEventListener(
      'abort',
      () => {
        for (const wake of [...this.sleepers]) wake();
        this.global.rejectWaiters(() => new ScanInterrupted());
      },
      { once: true },
    );
  }

  private readonly sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });

  private readonly aborted = (): boolean => this.signal?.aborted === true;

  /** Runs one AWS call (`action` is the IAM action) in `region` once its rate limit and the global bound allow. */
  async run<T>(action: string, region: string, call: () => Promise<T>): Promise<T> {
    const service = action.split(':')[0] ?? action;
    // Reader.read only sends known services (AwsAction); others come from tests of the scheduler itself.
    const pacing: ServicePacing | undefined = (AWS_SERVICES as Record<string, ServicePacing>)[service];
    const scope = pacing?.global ? 'global' : region;
    const key = pacing?.perAction ? `${action}|${scope}` : `${service}|${scope}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.rateLimits[service] ?? pacing?.rateLimit ?? DEFAULT_RATE_LIMIT, this.sleep, this.aborted);
      this.buckets.set(key, bucket);
    }
    await bucket.take();
    if (this.aborted()) throw new ScanInterrupted();
    await this.global.acquire();
    try {
      return await call();
    } finally {
      this.global.release();
    }
  }
}
