import type { AnyCheck } from '../types.js';

/** Every efs check, imported explicitly (no filesystem discovery). */
export const efsChecks: AnyCheck[] = [];
