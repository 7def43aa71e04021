/**
 * Pacing at the moment a request is sent: the token bucket governs the send instant even while
 * slow calls hold the global slots, and throttles slow a bucket down (AIMD).
 */
import { describe, it, expect } from 'vitest';
import { Scheduler, TokenBucket } from '../../src/collect/kit/scheduler.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Largest excess of sends over burst + rate·t in any window [t_i, t_j] of the send instants. */
function worstExcess(sends: number[], burst: number, ratePerSecond: number): number {
  const t = [...sends].sort((a, b) => a - b);
  let worst = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < t.length; i++) {
    for (let j = i; j < t.length; j++) {
      const allowed = burst + (ratePerSecond * (t[j]! - t[i]!)) / 1000;
      worst = Math.max(worst, j - i + 1 - allowed);
    }
  }
  return worst;
}

describe('pacing at the send instant', () => {
  it('never exceeds burst + rate·t in any window while slow calls hold every slot', async () => {
    // A clock shared by the scheduler and the recorder, so the bound is checked exactly.
    const clock = { now: () => performance.now() };
    const rate = 20;
    const burst = 3;
    const s = new Scheduler({
      concurrency: 4,
      clock,
      rateLimits: { paced: { ratePerSecond: rate, burst }, slow: { ratePerSecond: 1000, burst: 1000 } },
    });
    // Four slow calls take every slot for 400 ms: paced calls queued meanwhile must not go out in
    // one burst afterwards (taking tokens before slots did exactly that).
    const slow = Array.from({ length: 4 }, () => s.run('slow:Call', 'us-east-1', () => sleep(400)));
    await sleep(5);
    const sends: number[] = [];
    const paced = Array.from({ length: 20 }, () =>
      s.run('paced:Call', 'us-east-1', async () => {
        sends.push(clock.now());
        await sleep(30);
      }),
    );
    // More slow calls keep competing for slots while the paced ones run.
    const later = Array.from({ length: 6 }, () => s.run('slow:Call', 'us-east-1', () => sleep(150)));
    await Promise.all([...slow, ...paced, ...later]);
    expect(sends).toHaveLength(20);
    expect(worstExcess(sends, burst, rate)).toBeLessThanOrEqual(1e-6);
    // The first paced call waited for a slot: nothing went out while the slow ones held them all.
    expect(Math.min(...sends)).toBeGreaterThanOrEqual(390);
  }, 30_000);

  it('a bucket waiting for its rate holds at most one slot', async () => {
    const s = new Scheduler({
      concurrency: 2,
      rateLimits: { paced: { ratePerSecond: 2, burst: 1 }, other: { ratePerSecond: 1000, burst: 1000 } },
    });
    const log: string[] = [];
    const paced = Array.from({ length: 4 }, () => s.run('paced:Call', 'us-east-1', async () => void log.push('paced')));
    await sleep(20);
    // While three paced calls wait for tokens (1.5 s at 2/s), other services still get a slot.
    await Promise.all(
      Array.from({ length: 10 }, () => s.run('other:Call', 'us-east-1', () => sleep(5).then(() => void log.push('other')))),
    );
    await Promise.all(paced);
    expect(log.filter((e) => e === 'paced')).toHaveLength(4);
    expect(log.lastIndexOf('other')).toBeLessThan(log.lastIndexOf('paced'));
    expect(log.slice(0, 11).filter((e) => e === 'other')).toHaveLength(10);
  }, 30_000);
});

describe('AIMD on throttles', () => {
  it('halves the rate on a throttle (once per second), empties the bucket, and recovers on successes', () => {
    let now = 0;
    const b = new TokenBucket({ ratePerSecond: 20, burst: 100 }, { now: () => now });
    expect(b.msUntilToken()).toBe(0);
    b.onThrottle();
    expect(b.rate).toBe(10);
    expect(b.msUntilToken()).toBe(100); // empty: one token at 10/s
    b.onThrottle(); // a second throttle within the same second is the same signal
    expect(b.rate).toBe(10);
    now += 1_500;
    b.onThrottle();
    expect(b.rate).toBe(5);
    for (let i = 0; i < 100; i++) b.onSuccess();
    expect(b.rate).toBe(20);
    for (let i = 0; i < 20; i++) {
      now += 2_000;
      b.onThrottle();
    }
    expect(b.rate).toBe(0.5); // floor
  });
});

describe('slot order', () => {
  it('a free slot goes to the slowest-paced bucket first, FIFO among equals', async () => {
    const s = new Scheduler({
      concurrency: 1,
      rateLimits: {
        fast: { ratePerSecond: 1000, burst: 1000 },
        slow: { ratePerSecond: 5, burst: 10 },
        medium: { ratePerSecond: 50, burst: 10 },
      },
    });
    const order: string[] = [];
    let free: () => void = () => undefined;
    // One call holds the only slot until released; meanwhile a fast, a medium and a slow bucket queue.
    const holder = s.run('fast:Call', 'us-east-1', () => new Promise<void>((r) => (free = r)));
    await sleep(5);
    const queued = [
      s.run('fast:Call', 'us-east-1', async () => void order.push('fast')),
      s.run('medium:Call', 'us-east-1', async () => void order.push('medium')),
      s.run('slow:Call', 'us-east-1', async () => void order.push('slow')),
      s.run('slow:Other', 'us-east-1', async () => void order.push('slow 2')),
    ];
    await sleep(20);
    free();
    await Promise.all([holder, ...queued]);
    // Both slow calls share their bucket's queue: they keep their order.
    expect(order).toEqual(['slow', 'slow 2', 'medium', 'fast']);
  });
});
