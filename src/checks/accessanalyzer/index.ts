import type { AnyCheck } from '../types.js';

/** Every accessanalyzer check, imported explicitly (no filesystem discovery). */
export const accessanalyzerChecks: AnyCheck[] = [];
