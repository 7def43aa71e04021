import type { BudgetsBudget, BudgetsSection } from '../../src/model/budgets.js';
import { ACCOUNT_ID, ok } from './common.js';

/** A compliant budget: a monthly cost budget with one alert. */
export function budget(name: string, overrides: Partial<BudgetsBudget> = {}): BudgetsBudget {
  return { arn: `arn:aws:budgets::${ACCOUNT_ID}:budget/${name}`, name, budgetType: 'COST', notificationCount: ok(1), ...overrides };
}

export function budgetsSection(budgets: BudgetsBudget[]): BudgetsSection {
  return { budgets: ok(budgets) };
}

export function compliantBudgetsSection(): BudgetsSection {
  return budgetsSection([budget('monthly-spend')]);
}
