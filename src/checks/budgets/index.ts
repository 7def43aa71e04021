import type { AnyCheck } from '../types.js';
import { budgetsSpendAlertConfigured } from './budgets-spend-alert-configured.js';

/** Every budgets check, imported explicitly (no filesystem discovery). */
export const budgetsChecks: AnyCheck[] = [budgetsSpendAlertConfigured];
