import type { Observed } from '../../model/observed.js';

/** A successful Observed. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Maps an Observed value, keeping a failure as is. */
export function mapObserved<T, U>(o: Observed<T>, fn: (v: T) => U): Observed<U> {
  return o.ok ? { ok: true, value: fn(o.value) } : o;
}

/**
 * Chains a step (usually more reads) on a successful Observed; a failure passes through untouched,
 * so what depends on a failed read stays failed, never empty.
 */
export async function andThen<T, U>(o: Observed<T>, fn: (v: T) => Promise<Observed<U>> | Observed<U>): Promise<Observed<U>> {
  return o.ok ? fn(o.value) : o;
}

/**
 * `andThen` for a read whose `null` means "AWS says not configured" (see ReadOptions.absentWhen):
 * null passes through like a failure does, and `fn` only sees a value.
 */
export async function andThenPresent<T, U>(
  o: Observed<T | null>,
  fn: (v: T) => Promise<Observed<U>> | Observed<U>,
): Promise<Observed<U | null>> {
  return andThen<T | null, U | null>(o, (v) => (v === null ? ok(null) : fn(v)));
}

/**
 * Awaits a record of concurrent reads and returns their results under the same keys: no
 * positional destructure to keep in step with a Promise.all list.
 */
export async function allKeyed<R extends Record<string, Promise<unknown>>>(reads: R): Promise<{ [K in keyof R]: Awaited<R[K]> }> {
  const entries: [string, Promise<unknown>][] = Object.entries(reads);
  const values = await Promise.all(entries.map(([, read]) => read));
  return Object.fromEntries(entries.map(([k], i) => [k, values[i]])) as { [K in keyof R]: Awaited<R[K]> };
}
