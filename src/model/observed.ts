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

/**
 * The schemas built by observedSchema and regionalSchema, so that code walking the model (the
 * missing-region filler of evaluate) can tell an Observed and a per-region record from other fields.
 */
const OBSERVED_SCHEMAS = new WeakSet<z.ZodType>();
const REGIONAL_VALUES = new WeakMap<z.ZodType, z.ZodType>();
export const isObservedSchema = (s: z.ZodType): boolean => OBSERVED_SCHEMAS.has(s);
/** The per-region value schema of a regionalSchema record, or undefined for any other schema. */
export const regionalValueSchema = (s: z.ZodType): z.ZodType | undefined => REGIONAL_VALUES.get(s);

/** Schema of an Observed<T>: either the value AWS returned or the error that prevented reading it. */
export function observedSchema<S extends z.ZodType>(value: S) {
  const schema = z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ReadError }),
  ]);
  OBSERVED_SCHEMAS.add(schema);
  return schema;
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
  const schema = z.record(z.string(), value);
  REGIONAL_VALUES.set(schema, value);
  return schema;
}

/**
 * A timestamp as ISO-8601 date-time text with an offset (the collectors write `toISOString()`);
 * the model is JSON-safe, so no Date objects. Strict on purpose: a saved inventory holding `N/A`
 * or `last week` where a date belongs is malformed and rejected with its path, rather than read
 * as "some date" by a check that would then judge on it.
 */
export const IsoDate = z.iso.datetime({ offset: true, error: 'not an ISO-8601 time' });
