import type { AnyCheck } from '../types.js';

/** Every eks check, imported explicitly (no filesystem discovery). */
export const eksChecks: AnyCheck[] = [];
