import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BudgetsClient, CreateBudgetCommand } from '@aws-sdk/client-budgets';
import { collectBudgets } from '../../src/collect/budgets.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const limit = { Amount: '100', Unit: 'USD' };
const alert = {
  Notification: {
    NotificationType: 'ACTUAL' as const,
    ComparisonOperator: 'GREATER_THAN' as const,
    Threshold: 80,
    ThresholdType: 'PERCENTAGE' as const,
  },
  Subscribers: [{ SubscriptionType: 'EMAIL' as const, Address: 'billing@example.com' }],
};

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectBudgets', () => {
  it('records an account without budgets as an empty list', async () => {
    const ctx = motoContext(moto, ['eu-west-1']);
    try {
      expect(await collectBudgets(ctx)).toEqual({ budgets: { ok: true, value: [] } });
    } finally {
      ctx.close();
    }
  });

  it('records each budget, and for cost budgets how many alerts they have (not who gets them)', async () => {
    const budgets = new BudgetsClient(seedConfig(moto, 'us-east-1'));
    try {
      const budget = (BudgetName: string, BudgetType: 'COST' | 'USAGE') => ({
        AccountId: MOTO_ACCOUNT_ID,
        Budget: { BudgetName, BudgetType, TimeUnit: 'MONTHLY' as const, BudgetLimit: limit },
      });
      await budgets.send(new CreateBudgetCommand({ ...budget('alerted', 'COST'), NotificationsWithSubscribers: [alert] }));
      await budgets.send(new CreateBudgetCommand(budget('silent', 'COST')));
      await budgets.send(new CreateBudgetCommand({ ...budget('usage', 'USAGE'), NotificationsWithSubscribers: [alert] }));
    } finally {
      budgets.destroy();
    }
    const ctx = motoContext(moto, ['eu-west-1']);
    try {
      const section = await collectBudgets(ctx);
      const arn = (name: string) => `arn:aws:budgets::${MOTO_ACCOUNT_ID}:budget/${name}`;
      expect(section.budgets.ok && [...section.budgets.value].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
        { arn: arn('alerted'), name: 'alerted', budgetType: 'COST', notificationCount: { ok: true, value: 1 } },
        { arn: arn('silent'), name: 'silent', budgetType: 'COST', notificationCount: { ok: true, value: 0 } },
        { arn: arn('usage'), name: 'usage', budgetType: 'USAGE', notificationCount: null },
      ]);
      expect(JSON.stringify(section)).not.toContain('billing@example.com');
    } finally {
      ctx.close();
    }
  });

  it('records a denied budgets:ViewBudget as an access-denied ReadError', async () => {
    const nothing = await restrictedCredentials(moto, 'budgets-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const ctx = motoContext(moto, ['eu-west-1'], nothing);
    try {
      expect((await collectBudgets(ctx)).budgets).toMatchObject({
        ok: false,
        error: { action: 'budgets:ViewBudget', kind: 'access-denied', region: 'global' },
      });
    } finally {
      ctx.close();
      await moto.disableIamAuth();
    }
  });
});
