/**
 * Pacing for collection: a global bound on requests in flight, plus a token bucket per AWS
 * throttling scope ((service, region), or (action, region) where AWS throttles per API), so a
 * burst of per-resource calls to one service cannot throttle it while other services sit idle.
 *
 * The token is taken at the moment a request is sent: a caller first waits until its bucket has a
 * token (without taking it), then for a global slot, and only then consumes the token. Only the
 * head of each bucket's FIFO queue waits for a slot, so no bucket holds tokens it has not spent:
 * whatever the slots are doing, the requests of a bucket in any window of t seconds never exceed
 * burst + rate·t. (Taking tokens first and slots second let paced calls pile up behind slow
 * ones and then reach AWS in one burst.)
 *
 * Buckets learn from throttling (AIMD): a throttle halves the bucket's rate and empties it; each
 * success adds back a fiftieth of the configured rate, never above it.
 */
import { AWS_SERVICES, DEFAULT_RATE_LIMIT, type RateLimit, type ServicePacing } from '../aws/services.js';

export type { RateLimit } from '../aws/services.js';

/** A read given up because the scan stopped (Ctrl-C, or its time budget ran out). */
export class ScanStopped extends Error {
  override name = 'ScanStopped';
}

/** A call skipped (or cut off) because the scan was interrupted (Ctrl-C). */
export class ScanInterrupted extends ScanStopped {
  override name = 'ScanInterrupted';
  constructor() {
    super('not read: the scan was interrupted (Ctrl-C) before this call completed');
  }
}

/** A call skipped (or cut off) because the scan's time budget (--timeout) ran out. */
export class ScanBudgetExceeded extends ScanStopped {
  override name = 'ScanBudgetExceeded';
  constructor(budgetMs: number) {
    super(`not read: deadline exceeded (the scan's time budget of ${formatMs(budgetMs)} ran out before this call completed)`);
  }
}

export function formatMs(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

/** Time source: real by default; tests may pass their own. */
export interface Clock {
  now(): number;
}
const realClock: Clock = { now: () => performance.now() };

/**
 * The global bound on calls in flight. A free slot goes to the waiter of the slowest-paced bucket
 * first (FIFO among equals): a slow bucket (IAM at a few calls a second, the service-last-accessed
 * jobs) is the chain that sets the scan's length, and a fast one (S3 at 1,000/s) catches up at once.
 * Only the head of each bucket's queue waits here, so the waiters are at most one per bucket.
 */
class Semaphore {
  private active = 0;
  private waiters: { rate: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  constructor(private readonly size: number) {}
  /** `rate`: the waiter's bucket's calls per second; the lowest is served first. */
  async acquire(stopped: () => Error | undefined, rate = Number.POSITIVE_INFINITY): Promise<void> {
    // Checked synchronously before queueing: a waiter added after the abort was handled would wait forever.
    const stop = stopped();
    if (stop) throw stop;
    if (this.active < this.size) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve, reject) => this.waiters.push({ rate, resolve, reject }));
  }
  release(): void {
    if (!this.waiters.length) {
      this.active--;
      return;
    }
    let best = 0;
    for (let i = 1; i < this.waiters.length; i++)
      if ((this.waiters[i] as { rate: number }).rate < (this.waiters[best] as { rate: number }).rate) best = i;
    const [next] = this.waiters.splice(best, 1);
    next?.resolve();
  }
  /** Rejects every waiter (they never got a slot, so nothing is released for them). */
  rejectWaiters(err: () => Error): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.reject(err());
  }
}

/** Lowest rate AIMD may slow a bucket to (the SDK's adaptive mode uses the same floor). */
const MIN_RATE = 0.5;

export class TokenBucket {
  private tokens: number;
  private last: number;
  /** Current rate: the configured one, lowered by throttles and recovering on successes. */
  rate: number;
  private lastDecrease = Number.NEGATIVE_INFINITY;
  /** Serialises the bucket's callers: only the head waits for a token and a slot. */
  queue: Promise<void> = Promise.resolve();
  throttles = 0;

  constructor(
    readonly limit: RateLimit,
    private readonly clock: Clock,
  ) {
    this.tokens = limit.burst;
    this.last = clock.now();
    this.rate = limit.ratePerSecond;
  }

  private refill(): void {
    const now = this.clock.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }

  /** Milliseconds until a token is available (0: one is there now). Takes nothing. */
  msUntilToken(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.rate) * 1000);
  }

  consume(): void {
    this.refill();
    this.tokens -= 1;
  }

  /** Multiplicative decrease, at most once per second: concurrent throttles are one signal. */
  onThrottle(): void {
    this.throttles++;
    const now = this.clock.now();
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
    if (now - this.lastDecrease < 1000) return;
    this.lastDecrease = now;
    this.rate = Math.max(MIN_RATE, this.rate / 2);
  }

  /** Additive increase back towards the configured rate. */
  onSuccess(): void {
    if (this.rate >= this.limit.ratePerSecond) return;
    this.refill();
    this.rate = Math.min(this.limit.ratePerSecond, this.rate + this.limit.ratePerSecond / 50);
  }
}

export interface RetryPolicy {
  /** Attempts (first included) for server errors (5xx) and transient network errors. */
  transientAttempts: number;
  /** No retry of a server or transient error starts later than this after the call's first attempt. */
  transientWindowMs: number;
  /** Full-jitter exponential backoff for throttles: random() × min(cap, base × 2^n). */
  throttleBaseMs: number;
  throttleCapMs: number;
  /** The jitter's source, in [0, 1): tests pin it to make back-offs exact. */
  random: () => number;
}

/**
 * 5xx and network errors: 4 attempts within 10 s (an operation an emulator does not implement
 * answers 500 every time, and a real outage lasts longer than a scan should wait on one call).
 * Throttles: retried until the scan's budget runs out, after a back-off of up to 20 s.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  transientAttempts: 4,
  transientWindowMs: 10_000,
  throttleBaseMs: 500,
  throttleCapMs: 20_000,
  random: Math.random,
};

/** Total time one HTTP request may take, answer body included (the SDK's own timeout only sees idle sockets). */
export const DEFAULT_CALL_DEADLINE_MS = 60_000;
/** Time budget of a whole scan (`--timeout`). */
export const DEFAULT_SCAN_BUDGET_MS = 30 * 60_000;

export interface SchedulerOptions {
  /** Requests in flight across all services and regions. */
  concurrency: number;
  /**
   * Overrides of AWS_SERVICES' rate limits (`--rate-limits FILE`; tests raise or lower them), keyed
   * by IAM action prefix (`ec2`: the service's buckets) or by action (`ec2:DescribeInstances`: a
   * bucket of its own for that API, whatever the service's default).
   */
  rateLimits?: Record<string, RateLimit>;
  /**
   * Aborting it (Ctrl-C) rejects every call still waiting for a rate-limit token or a slot with
   * ScanInterrupted at once, and aborts the requests in flight.
   */
  signal?: AbortSignal;
  /** The scan's time budget: past it, every waiting and outstanding call ends as 'deadline exceeded'. */
  budgetMs?: number;
  /** Total deadline of one HTTP request. */
  callDeadlineMs?: number;
  retry?: Partial<RetryPolicy>;
  clock?: Clock;
}

/** A request in flight, for the progress display ("waiting for sts:GetCallerIdentity at …"). */
export interface InFlight {
  action: string;
  endpoint: string;
  since: number;
}

export class Scheduler {
  private readonly global: Semaphore;
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly rateLimits: Record<string, RateLimit>;
  private readonly interrupt: AbortSignal | undefined;
  private readonly budget: AbortSignal | undefined;
  readonly budgetMs: number;
  readonly callDeadlineMs: number;
  readonly retry: RetryPolicy;
  readonly clock: Clock;
  /** Aborted when the scan stops, whatever the reason (Ctrl-C or the budget). */
  readonly signal: AbortSignal | undefined;
  readonly inFlight = new Set<InFlight>();
  /** Wake-ups of waits in progress, run at once on abort. */
  private readonly sleepers = new Set<() => void>();

  constructor(options: SchedulerOptions) {
    this.global = new Semaphore(Math.max(1, options.concurrency));
    this.rateLimits = options.rateLimits ?? {};
    this.clock = options.clock ?? realClock;
    this.interrupt = options.signal;
    this.budgetMs = options.budgetMs ?? DEFAULT_SCAN_BUDGET_MS;
    this.callDeadlineMs = options.callDeadlineMs ?? DEFAULT_CALL_DEADLINE_MS;
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    // Only an explicit budget arms a timer: a scheduler made by a test lives no longer than the test.
    this.budget = options.budgetMs !== undefined ? AbortSignal.timeout(options.budgetMs) : undefined;
    const signals = [this.interrupt, this.budget].filter((s): s is AbortSignal => s !== undefined);
    this.signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    // One listener for the whole scheduler (one per waiter would trip Node's listener-leak warning).
    this.signal?.addEventListener(
      'abort',
      () => {
        for (const wake of [...this.sleepers]) wake();
        this.global.rejectWaiters(() => this.stopError() ?? new ScanInterrupted());
      },
      { once: true },
    );
  }

  /** Why the scan stopped, as the error a skipped call fails with; undefined while it runs. */
  readonly stopError = (): ScanStopped | undefined => {
    if (this.interrupt?.aborted) return new ScanInterrupted();
    if (this.budget?.aborted) return new ScanBudgetExceeded(this.budgetMs);
    return undefined;
  };

  /** Sleeps `ms`, or less if the scan stops meanwhile. */
  readonly sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      if (this.signal?.aborted) return resolve();
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });

  /**
   * The bucket that paces `action` in `region` for `account`. Keyed like AWS's own throttling:
   * per account, region (global services: one), service and, where AWS limits each API apart,
   * action. One scheduler can so pace the scans of many accounts at once (an Organization).
   */
  bucket(action: string, region: string, account = ''): TokenBucket {
    const service = action.split(':')[0] ?? action;
    // Reader.read only sends known services (AwsAction); others come from tests of the scheduler itself.
    const pacing: ServicePacing | undefined = (AWS_SERVICES as Record<string, ServicePacing>)[service];
    const scope = pacing?.global ? 'global' : region;
    const own = this.rateLimits[action];
    const key = `${account}|${scope}|${pacing?.perAction || own ? action : service}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(own ?? this.rateLimits[service] ?? pacing?.rateLimit ?? DEFAULT_RATE_LIMIT, this.clock);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /**
   * Waits for `action`'s turn: a token of its bucket and a global slot, the token consumed only
   * once the slot is held. Returns the function that frees the slot (call it when the answer is in).
   */
  async acquire(action: string, region: string, account = ''): Promise<() => void> {
    const bucket = this.bucket(action, region, account);
    const turn = bucket.queue.then(async () => {
      await this.waitForToken(bucket);
      await this.global.acquire(this.stopError, bucket.rate);
      try {
        // The rate may have dropped (a throttle) while this caller waited for the slot.
        await this.waitForToken(bucket);
      } catch (err) {
        this.global.release();
        throw err;
      }
      bucket.consume();
    });
    // The chain itself never rejects, so one caller's interruption does not skip the checks above.
    bucket.queue = turn.catch(() => undefined);
    await turn;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.global.release();
    };
  }

  private async waitForToken(bucket: TokenBucket): Promise<void> {
    for (;;) {
      // Stopped: every queued caller gives up at once instead of waiting out the rate.
      const stop = this.stopError();
      if (stop) throw stop;
      const wait = bucket.msUntilToken();
      if (wait <= 0) return;
      await this.sleep(wait);
    }
  }

  /** Runs one call (`action` is the IAM action) in `region` once its rate limit and the global bound allow. */
  async run<T>(action: string, region: string, call: () => Promise<T>, account = ''): Promise<T> {
    const release = await this.acquire(action, region, account);
    try {
      return await call();
    } finally {
      release();
    }
  }
}
