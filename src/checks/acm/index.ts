import type { AnyCheck } from '../types.js';

/** Every acm check, imported explicitly (no filesystem discovery). */
export const acmChecks: AnyCheck[] = [];
