/**
 * An SDK timestamp as ISO 8601, or null when AWS sent none. An unparseable timestamp (the SDK
 * yields an Invalid Date) is null too: toISOString would throw and lose the whole collector.
 */
export function iso(d: Date | undefined | null): string | null {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

export const sleep = (ms: number): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, ms));
