/** Demo AWS Budgets: a monthly cost budget alerting at 80% of actual spend. */
import { BudgetsClient, CreateBudgetCommand } from '@aws-sdk/client-budgets';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedBudgets(moto: { endpoint: string }, _regions: string[]): Promise<ExpectedFinding[]> {
  const budgets = new BudgetsClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    await budgets.send(
      new CreateBudgetCommand({
        AccountId: MOTO_ACCOUNT_ID,
        Budget: { BudgetName: 'demo-monthly', BudgetType: 'COST', TimeUnit: 'MONTHLY', BudgetLimit: { Amount: '500', Unit: 'USD' } },
        NotificationsWithSubscribers: [
          {
            Notification: { NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 80, ThresholdType: 'PERCENTAGE' },
            Subscribers: [{ SubscriptionType: 'EMAIL', Address: 'billing@example.com' }],
          },
        ],
      }),
    );
    return [{ checkId: 'budgets-spend-alert-configured', resourceArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:root`, status: 'PASS' }];
  } finally {
    budgets.destroy();
  }
}
