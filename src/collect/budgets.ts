import { BudgetsClient, paginateDescribeBudgets, paginateDescribeNotificationsForBudget, type Budget } from '@aws-sdk/client-budgets';
import type { BudgetsBudget, BudgetsSection } from '../model/budgets.js';
import type { Collector } from './kit/collector.js';
import { task, type CollectContext } from './kit/context.js';
import { allPages } from './kit/list.js';
import { andThen, mapObserved, ok } from './kit/observed.js';

/**
 * AWS Budgets has one endpoint, in us-east-1 (budgets.amazonaws.com), whatever the scanned regions.
 * https://docs.aws.amazon.com/general/latest/gr/billing.html
 */
export const BUDGETS_REGION = 'us-east-1';

/**
 * Every Budgets read is authorized by the one IAM action budgets:ViewBudget, so that is the action
 * recorded (and put in the read-only policy).
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbudgetservice.html
 *
 * Budgets of the account (DescribeBudgets, 100 per page), then for each COST budget its alerts
 * (DescribeNotificationsForBudget, 100 per page: one call per cost budget). Only whether a budget
 * alerts anyone is kept; the subscribers themselves (e-mail addresses) are not.
 * DescribeBudgetNotificationsForAccount would answer in bulk, but accounts hold few
 * budgets, and moto does not implement it.
 * https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_DescribeBudgets.html
 */
export async function collectBudgets(ctx: CollectContext): Promise<BudgetsSection> {
  return task(ctx, 'budgets', 'global', async () => {
    const client = ctx.clients.get(BudgetsClient, BUDGETS_REGION);
    const accountArn = `arn:${ctx.partition}:budgets::${ctx.accountId}:budget/*`;
    const listed = await ctx.reader.read('budgets:ViewBudget', { target: accountArn, region: 'global' }, () =>
      allPages(paginateDescribeBudgets({ client, pageSize: 100 }, { AccountId: ctx.accountId }), (p) => p.Budgets),
    );
    const budgets = await andThen(listed, async (list) =>
      ok(
        await Promise.all(
          list.map(async (b: Budget): Promise<BudgetsBudget> => {
            const name = b.BudgetName ?? '';
            const arn = `arn:${ctx.partition}:budgets::${ctx.accountId}:budget/${name}`;
            const budgetType = b.BudgetType ?? 'UNKNOWN';
            if (budgetType !== 'COST') return { arn, name, budgetType, notificationCount: null };
            const read = await ctx.reader.read('budgets:ViewBudget', { target: arn, region: 'global' }, () =>
              allPages(
                paginateDescribeNotificationsForBudget({ client, pageSize: 100 }, { AccountId: ctx.accountId, BudgetName: name }),
                (p) => p.Notifications,
              ),
            );
            return { arn, name, budgetType, notificationCount: mapObserved(read, (n) => n.length) };
          }),
        ),
      ),
    );
    return { budgets };
  });
}

export const budgetsCollector: Collector<'budgets'> = {
  section: 'budgets',
  collect: collectBudgets,
};
