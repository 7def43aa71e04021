import type { AnyCheck } from '../types.js';

/** Every account check, imported explicitly (no filesystem discovery). */
export const accountChecks: AnyCheck[] = [];
