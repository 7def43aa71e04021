import type { AnyCheck } from '../types.js';

/** Every cloudwatch check, imported explicitly (no filesystem discovery). */
export const cloudwatchChecks: AnyCheck[] = [];
