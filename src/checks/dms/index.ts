import type { AnyCheck } from '../types.js';

/** Every dms check, imported explicitly (no filesystem discovery). */
export const dmsChecks: AnyCheck[] = [];
