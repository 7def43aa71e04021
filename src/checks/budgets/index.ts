import type { AnyCheck } from '../types.js';

/** Every budgets check, imported explicitly (no filesystem discovery). */
export const budgetsChecks: AnyCheck[] = [];
