import type { AnyCheck } from '../types.js';

/** Every s3 check, imported explicitly (no filesystem discovery). */
export const s3Checks: AnyCheck[] = [];
