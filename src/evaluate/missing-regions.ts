/**
 * A scanned region that a section of the inventory has no data for must not vanish from the
 * results: checks walk the regions a section holds, so a missing region would simply get no
 * finding, and a crafted or truncated inventory would read as "nothing wrong there". Before
 * evaluation, every per-region record of every present section gets, for each scanned region it
 * lacks, a value whose every Observed is a failed read naming the gap; checks then report UNKNOWN
 * for that region as they do for any failed read.
 */
import { z } from 'zod';
import type { Inventory } from '../model/inventory.js';
import { sections, type SectionKey } from '../model/inventory.js';
import { isObservedSchema, regionalValueSchema, type ReadError } from '../model/observed.js';

const failed = (error: ReadError) => ({ ok: false as const, error });

/** A value of `schema` whose every Observed is `error`; undefined when the shape cannot be built. */
function failedValue(schema: z.ZodType, error: ReadError): unknown {
  if (isObservedSchema(schema)) return failed(error);
  if (schema instanceof z.ZodDefault) return failedValue((schema as z.ZodDefault<z.ZodType>).unwrap(), error);
  // A failed read rather than null: null often means "not read because of another answer".
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional)
    return failedValue((schema as z.ZodNullable<z.ZodType>).unwrap(), error);
  // A record keyed by something else (parameter groups by name) holds entries only for resources
  // the failed lists would have named: empty.
  if (regionalValueSchema(schema) || schema instanceof z.ZodRecord) return {};
  if (schema instanceof z.ZodObject) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries<z.ZodType>(schema.shape)) {
      const v = failedValue(field, error);
      if (v === undefined) return undefined;
      out[key] = v;
    }
    return out;
  }
  return undefined;
}

/** `data` (a value of `schema`) with the scanned regions its per-region records lack filled in. */
function fill(schema: z.ZodType, data: unknown, scanned: readonly string[], section: string): unknown {
  if (data === null || typeof data !== 'object') return data;
  const valueSchema = regionalValueSchema(schema);
  if (valueSchema) {
    const record = data as Record<string, unknown>;
    const missing = scanned.filter((r) => !(r in record));
    if (missing.length === 0) return data;
    const out = { ...record };
    for (const region of missing) {
      const error: ReadError = {
        action: `inventory:${section}`,
        kind: 'other',
        target: section,
        region,
        message: `the inventory holds no ${section} data for ${region}, a region the scan covered`,
      };
      const v = failedValue(valueSchema, error);
      if (v !== undefined) out[region] = v;
    }
    return out;
  }
  const inner = schema instanceof z.ZodDefault ? (schema as z.ZodDefault<z.ZodType>).unwrap() : schema;
  if (!(inner instanceof z.ZodObject)) return data;
  let out: Record<string, unknown> | undefined;
  for (const [key, field] of Object.entries<z.ZodType>(inner.shape)) {
    const before = (data as Record<string, unknown>)[key];
    const after = fill(field, before, scanned, section);
    if (after !== before) (out ??= { ...(data as Record<string, unknown>) })[key] = after;
  }
  return out ?? data;
}

/** The inventory with every scanned region present in every per-region record (copied only where filled). */
export function withMissingRegionsUnknown(inventory: Inventory): Inventory {
  const scanned = inventory.regions.scanned;
  let out: Inventory | undefined;
  for (const key of Object.keys(sections) as SectionKey[]) {
    const data = inventory[key];
    if (data === undefined) continue;
    const filled = fill(sections[key], data, scanned, key);
    if (filled !== data) (out ??= { ...inventory })[key] = filled as never;
  }
  return out ?? inventory;
}
