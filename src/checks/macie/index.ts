import type { AnyCheck } from '../types.js';

/** Every macie check, imported explicitly (no filesystem discovery). */
export const macieChecks: AnyCheck[] = [];
