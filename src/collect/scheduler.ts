/**
 * Bounded concurrency for collection: a global bound on calls in flight, plus a token bucket per
 * (service, region), so a burst of per-resource calls to one service cannot throttle it into long
 * back-offs while other services sit idle. Waiters are served in FIFO order, so work submitted
 * first (the slowest services are started first) gets the first slots.
 */
export interface RateLimit {
  /** Sustained calls per second. */
  ratePerSecond: number;
  /** Calls allowed at once before the sustained rate applies. */
  burst: number;
}

/**
 * Defaults below AWS's published or observed limits (shared/notes/aws-rate-limits.md), leaving
 * headroom for the account's own workloads, which share the same buckets.
 */
export const DEFAULT_RATE_LIMITS: Record<string, RateLimit> = {
  iam: { ratePerSecond: 10, burst: 15 },
  // EC2's buckets are per API and region (100 burst, 20/s refill for Describe*), so EC2 is paced
  // per action: DescribeSnapshotAttribute for thousands of snapshots does not slow DescribeVpcs.
  ec2: { ratePerSecond: 16, burst: 80 },
  s3: { ratePerSecond: 100, burst: 200 },
  kms: { ratePerSecond: 50, burst: 100 },
  cloudtrail: { ratePerSecond: 8, burst: 10 },
  organizations: { ratePerSecond: 5, burst: 5 },
  account: { ratePerSecond: 8, burst: 10 },
  default: { ratePerSecond: 15, burst: 30 },
};

const GLOBAL_SERVICES = new Set(['iam', 'organizations', 'account']);
/**
 * Services whose throttling buckets are per API action rather than per service: EC2 documents
 * per-API buckets; IAM says "for each IAM API, a number of token buckets might apply"
 * (shared/notes/aws-rate-limits.md), and peers pace IAM per API at 15/s.
 */
const PER_ACTION_SERVICES = new Set(['ec2', 'iam']);

class Semaphore {
  private active = 0;
  private readonly waiters: (() => void)[] = [];
  constructor(private readonly size: number) {}
  async acquire(): Promise<void> {
    if (this.active < this.size) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.active--;
  }
}

class TokenBucket {
  private tokens: number;
  private last = Date.now();
  private queue: Promise<void> = Promise.resolve();
  constructor(private readonly limit: RateLimit) {
    this.tokens = limit.burst;
  }
  /** Resolves when a token is available; callers are chained so they are served in order. */
  take(): Promise<void> {
    const turn = this.queue.then(async () => {
      for (;;) {
        const now = Date.now();
        this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.last) / 1000) * this.limit.ratePerSecond);
        this.last = now;
        if (this.tokens >= 1) {
          this.tokens -= 1;
          return;
        }
        await new Promise((r) => setTimeout(r, Math.ceil(((1 - this.tokens) / this.limit.ratePerSecond) * 1000)));
      }
    });
    this.queue = turn;
    return turn;
  }
}

export interface SchedulerOptions {
  /** Calls in flight across all services and regions. */
  concurrency: number;
  rateLimits?: Record<string, RateLimit>;
}

export class Scheduler {
  private readonly global: Semaphore;
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly limits: Record<string, RateLimit>;

  constructor(options: SchedulerOptions) {
    this.global = new Semaphore(Math.max(1, options.concurrency));
    this.limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  }

  /** Runs one AWS call (`action` is the IAM action) in `region` once its rate limit and the global bound allow. */
  async run<T>(action: string, region: string, call: () => Promise<T>): Promise<T> {
    const service = action.split(':')[0] ?? action;
    // IAM, Organizations and the account API are global: one bucket whatever the client region.
    const scope = GLOBAL_SERVICES.has(service) ? 'global' : region;
    const key = PER_ACTION_SERVICES.has(service) ? `${action}|${scope}` : `${service}|${scope}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.limits[service] ?? (this.limits['default'] as RateLimit));
      this.buckets.set(key, bucket);
    }
    await bucket.take();
    await this.global.acquire();
    try {
      return await call();
    } finally {
      this.global.release();
    }
  }
}
