import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeSubscriptionCommand, ListProtectionsCommand, ShieldClient } from '@aws-sdk/client-shield';
import { mockClient } from 'aws-sdk-client-mock';
import { collectShield } from '../../src/collect/shield.js';
import { startMoto, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { mockedContext, motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
});
afterAll(async () => {
  await moto?.stop();
});

const distributionArn = `arn:aws:cloudfront::${MOTO_ACCOUNT_ID}:distribution/E1DIST`;

describe('collectShield', () => {
  it('records an account without a Shield Advanced subscription as not subscribed (null), not as a failed read', async () => {
    const ctx = motoContext(moto, ['eu-west-1']);
    try {
      expect(await collectShield(ctx)).toEqual({
        subscription: { ok: true, value: null },
        protectedResourceArns: { ok: true, value: null },
      });
    } finally {
      ctx.close();
    }
  });

  it('records a denied DescribeSubscription as an access-denied ReadError, and protections as not read', async () => {
    const nothing = await restrictedCredentials(moto, 'shield-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const none = await collectShield(denied);
      expect(none.subscription).toMatchObject({
        ok: false,
        error: { action: 'shield:DescribeSubscription', kind: 'access-denied', region: 'global' },
      });
      expect(none.protectedResourceArns).toEqual(none.subscription);
    } finally {
      denied.close();
      await moto.disableIamAuth();
    }
  });
});

// moto 5.2.1 answers DescribeSubscription, once CreateSubscription ran, with StartTime/EndTime as
// text ("06/12/2026, 03:47:16") where AWS sends epoch seconds, so the SDK cannot parse the answer:
// the subscribed account is tested on recorded-shape answers instead.
describe('collectShield with a subscription (mocked: moto subscription dates do not parse)', () => {
  it('records the subscription and the ARNs of the protected resources', async () => {
    const mock = mockClient(ShieldClient);
    const ctx = mockedContext(['eu-west-1']);
    try {
      mock.on(DescribeSubscriptionCommand).resolves({
        Subscription: { StartTime: new Date('2026-01-01T00:00:00Z'), EndTime: new Date('2027-01-01T00:00:00Z') } as never,
      });
      mock.on(ListProtectionsCommand).resolves({ Protections: [{ Id: 'p1', Name: 'edge', ResourceArn: distributionArn }] });
      expect(await collectShield(ctx)).toEqual({
        subscription: { ok: true, value: { startTime: '2026-01-01T00:00:00.000Z', endTime: '2027-01-01T00:00:00.000Z' } },
        protectedResourceArns: { ok: true, value: [distributionArn] },
      });
    } finally {
      ctx.close();
      mock.restore();
    }
  });

  it('records a denied ListProtections as an access-denied ReadError', async () => {
    const mock = mockClient(ShieldClient);
    const ctx = mockedContext(['eu-west-1']);
    try {
      mock.on(DescribeSubscriptionCommand).resolves({ Subscription: { StartTime: new Date('2026-01-01T00:00:00Z') } as never });
      mock
        .on(ListProtectionsCommand)
        .rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }));
      expect((await collectShield(ctx)).protectedResourceArns).toMatchObject({
        ok: false,
        error: { action: 'shield:ListProtections', kind: 'access-denied', region: 'global' },
      });
    } finally {
      ctx.close();
      mock.restore();
    }
  });
});
