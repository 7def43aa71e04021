import type { AnyCheck } from '../types.js';

/** Every autoscaling check, imported explicitly (no filesystem discovery). */
export const autoscalingChecks: AnyCheck[] = [];
