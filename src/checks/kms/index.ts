import type { AnyCheck } from '../types.js';

/** Every kms check, imported explicitly (no filesystem discovery). */
export const kmsChecks: AnyCheck[] = [];
