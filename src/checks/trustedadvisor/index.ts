import type { AnyCheck } from '../types.js';

/** Every trustedadvisor check, imported explicitly (no filesystem discovery). */
export const trustedadvisorChecks: AnyCheck[] = [];
