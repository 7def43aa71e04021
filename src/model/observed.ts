import { z } from 'zod';

/**
 * Why a read failed. Checks turn any of these into UNKNOWN: "could not read" is never
 * "not configured".
 */
export const ReadErrorKind = z.enum(['access-denied', 'region-disabled', 'throttled', 'not-supported', 'other']);
export type ReadErrorKind = z.infer<typeof ReadErrorKind>;

export const ReadError = z.object({
  /** The IAM action that failed, e.g. "s3:GetBucketLogging". */
  action: z.string(),
  kind: ReadErrorKind,
  /** ARN or scope that was read. */
  target: z.string(),
  /** AWS region, or 'global' for IAM and account-wide reads. */
  region: z.string(),
  message: z.string(),
});
export type ReadError = z.infer<typeof ReadError>;

export type Observed<T> = { ok: true; value: T } | { ok: false; error: ReadError };

/** Schema of an Observed<T>: either the value AWS returned or the error that prevented reading it. */
export function observedSchema<S extends z.ZodType>(value: S) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: ReadError })]);
}

/**
 * Observed<T | null>: null inside ok means "AWS says not configured" (NoSuchBucketPolicy, ...),
 * never "could not read".
 */
export function optionalObservedSchema<S extends z.ZodType>(value: S) {
  return observedSchema(value.nullable());
}

export const ok = <T>(value: T): Observed<T> => ({ ok: true, value });
export const notOk = (error: ReadError): { ok: false; error: ReadError } => ({ ok: false, error });

/** Regional data: one Observed per region the scan covered. */
export function regionalSchema<S extends z.ZodType>(value: S) {
  return z.record(z.string(), value);
}

/**
 * A timestamp as ISO-8601 date-time text with an offset (the collectors write `toISOString()`);
 * the model is JSON-safe, so no Date objects. Strict on purpose: a saved inventory holding `N/A`
 * or `last week` where a date belongs is malformed and rejected with its path, rather than read
 * as "some date" by a check that would then judge on it.
 */
export const IsoDate = z.iso.datetime({ offset: true });
