import type { AnyCheck } from '../types.js';

/** Every shield check, imported explicitly (no filesystem discovery). */
export const shieldChecks: AnyCheck[] = [];
