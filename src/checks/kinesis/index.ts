import type { AnyCheck } from '../types.js';

/** Every kinesis check, imported explicitly (no filesystem discovery). */
export const kinesisChecks: AnyCheck[] = [];
