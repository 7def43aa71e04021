import type { AnyCheck } from '../types.js';

/** Every sqs check, imported explicitly (no filesystem discovery). */
export const sqsChecks: AnyCheck[] = [];
