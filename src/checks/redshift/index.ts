import type { AnyCheck } from '../types.js';

/** Every redshift check, imported explicitly (no filesystem discovery). */
export const redshiftChecks: AnyCheck[] = [];
