import type { AnyCheck } from '../types.js';

/** Every iam check, imported explicitly (no filesystem discovery). */
export const iamChecks: AnyCheck[] = [];
