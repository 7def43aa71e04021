import type { AnyCheck } from '../types.js';

/** Every guardduty check, imported explicitly (no filesystem discovery). */
export const guarddutyChecks: AnyCheck[] = [];
