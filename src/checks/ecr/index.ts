import type { AnyCheck } from '../types.js';

/** Every ecr check, imported explicitly (no filesystem discovery). */
export const ecrChecks: AnyCheck[] = [];
