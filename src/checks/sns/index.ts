import type { AnyCheck } from '../types.js';

/** Every sns check, imported explicitly (no filesystem discovery). */
export const snsChecks: AnyCheck[] = [];
