import type { AnyCheck } from '../types.js';

/** Every securityhub check, imported explicitly (no filesystem discovery). */
export const securityhubChecks: AnyCheck[] = [];
