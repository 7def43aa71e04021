import type { AnyCheck } from '../types.js';

/** Every ec2 check, imported explicitly (no filesystem discovery). */
export const ec2Checks: AnyCheck[] = [];
