import type { AnyCheck } from '../types.js';

/** Every dax check, imported explicitly (no filesystem discovery). */
export const daxChecks: AnyCheck[] = [];
