import type { AnyCheck } from '../types.js';

/** Every applicationautoscaling check, imported explicitly (no filesystem discovery). */
export const applicationautoscalingChecks: AnyCheck[] = [];
