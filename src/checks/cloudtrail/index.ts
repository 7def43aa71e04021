import type { AnyCheck } from '../types.js';

/** Every cloudtrail check, imported explicitly (no filesystem discovery). */
export const cloudtrailChecks: AnyCheck[] = [];
