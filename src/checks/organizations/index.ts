import type { AnyCheck } from '../types.js';

/** Every organizations check, imported explicitly (no filesystem discovery). */
export const organizationsChecks: AnyCheck[] = [];
