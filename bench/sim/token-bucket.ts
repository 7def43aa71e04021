/** A token bucket on an explicit clock (ms), so tests drive it with a fake one. */
import type { BucketLimit } from './limits.js';

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly limit: BucketLimit,
    now: number,
  ) {
    this.tokens = limit.burst;
    this.last = now;
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.last) / 1000) * this.limit.rate);
      this.last = now;
    }
  }

  /** Takes one token if there is one: true means the call goes through, false means throttled. */
  tryTake(now: number): boolean {
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }

  available(now: number): number {
    this.refill(now);
    return this.tokens;
  }
}

/** Buckets created on first use, keyed by the limits table's bucket key. */
export class BucketSet {
  private readonly buckets = new Map<string, TokenBucket>();

  tryTake(key: string, limit: BucketLimit, now: number): boolean {
    let b = this.buckets.get(key);
    if (!b) {
      b = new TokenBucket(limit, now);
      this.buckets.set(key, b);
    }
    return b.tryTake(now);
  }

  clear(): void {
    this.buckets.clear();
  }
}
