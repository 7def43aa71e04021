import type { AnyCheck } from '../types.js';

/** Every ssm check, imported explicitly (no filesystem discovery). */
export const ssmChecks: AnyCheck[] = [];
