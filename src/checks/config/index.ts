import type { AnyCheck } from '../types.js';

/** Every config check, imported explicitly (no filesystem discovery). */
export const configChecks: AnyCheck[] = [];
