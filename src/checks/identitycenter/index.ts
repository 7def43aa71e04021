import type { AnyCheck } from '../types.js';

/** Every identitycenter check, imported explicitly (no filesystem discovery). */
export const identitycenterChecks: AnyCheck[] = [];
