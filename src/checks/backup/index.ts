import type { AnyCheck } from '../types.js';

/** Every backup check, imported explicitly (no filesystem discovery). */
export const backupChecks: AnyCheck[] = [];
