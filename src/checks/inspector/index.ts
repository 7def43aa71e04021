import type { AnyCheck } from '../types.js';

/** Every inspector check, imported explicitly (no filesystem discovery). */
export const inspectorChecks: AnyCheck[] = [];
