/**
 * The read an SDK request belongs to. Reader.read runs its call inside this context, so that the
 * HTTP handler (pacing, deadline, abort) and the retry strategy of every client see which action
 * and region each request is for without every collector passing it along.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Scheduler } from './scheduler.js';

export interface CallContext {
  scheduler: Scheduler;
  /** IAM action of the read, e.g. `s3:GetBucketPolicy`: names its token bucket. */
  action: string;
  region: string;
  /** Account the read is for: buckets are per account (AWS throttles each account apart). */
  account: string;
  /** Set when a request of this read was cut off by its own total deadline. */
  deadlineExceeded: boolean;
  /**
   * The last throttling error of this read, kept by the retry strategy: when the scan stops while
   * the retry waits for its turn, the read failed because of throttling, and must say so.
   */
  lastThrottle?: unknown;
}

const storage = new AsyncLocalStorage<CallContext>();

export const runInCallContext = <T>(ctx: CallContext, fn: () => Promise<T>): Promise<T> => storage.run(ctx, fn);
export const currentCall = (): CallContext | undefined => storage.getStore();
