import type { AnyCheck } from '../types.js';

/** Every cloudformation check, imported explicitly (no filesystem discovery). */
export const cloudformationChecks: AnyCheck[] = [];
