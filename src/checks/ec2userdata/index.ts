import type { AnyCheck } from '../types.js';

/** Every ec2userdata check, imported explicitly (no filesystem discovery). */
export const ec2userdataChecks: AnyCheck[] = [];
