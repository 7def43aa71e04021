import { z } from 'zod';
import { observedSchema } from './observed.js';

/** One AWS Budgets budget. */
export const BudgetsBudget = z.object({
  /** Built: arn:PARTITION:budgets::ACCOUNT:budget/NAME */
  arn: z.string(),
  /** DescribeBudgets BudgetName */
  name: z.string(),
  /** DescribeBudgets BudgetType: COST, USAGE, RI_UTILIZATION, RI_COVERAGE, SAVINGS_PLANS_* */
  budgetType: z.string(),
  /**
   * DescribeNotificationsForBudget: how many alerts the budget has (each has at least one
   * subscriber, AWS requires it); read for COST budgets only, null for the other types.
   */
  notificationCount: observedSchema(z.number()).nullable(),
});
export type BudgetsBudget = z.infer<typeof BudgetsBudget>;

/** What the budgets collector records: Budgets is global (one endpoint, us-east-1). */
export const BudgetsSection = z.object({
  /** DescribeBudgets for the account */
  budgets: observedSchema(z.array(BudgetsBudget)),
});
export type BudgetsSection = z.infer<typeof BudgetsSection>;
