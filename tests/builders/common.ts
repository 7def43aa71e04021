/**
 * Constants and small helpers the service builders share. It imports no service builder, so the
 * builders and index.ts never form an import cycle (which once left ACCOUNT_ID undefined at load).
 */
import type { Observed, ReadError } from '../../src/model/observed.js';

export const ACCOUNT_ID = '111122223333';
/** Builders' "now": resources default to dates shortly before it. */
export const NOW = new Date('2026-06-15T12:00:00Z');
export const REGIONS = ['eu-west-1', 'us-east-1'] as const;

export const ok = <T>(value: T): Observed<T> => ({ ok: true, value });

export function readError(action: string, overrides: Partial<ReadError> = {}): ReadError {
  return {
    action,
    kind: 'access-denied',
    target: `arn:aws:iam::${ACCOUNT_ID}:root`,
    region: 'global',
    message: `AccessDenied: not authorized to perform ${action}`,
    ...overrides,
  };
}
export function denied<T = never>(action: string, overrides: Partial<ReadError> = {}): Observed<T> {
  return { ok: false, error: readError(action, overrides) };
}

/** ISO date `days` days before NOW. */
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

export function arn(service: string, region: string, resource: string): string {
  return `arn:aws:${service}:${region}:${ACCOUNT_ID}:${resource}`;
}
