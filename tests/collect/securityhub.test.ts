import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnableSecurityHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { collectSecurityHub, isNotSubscribed } from '../../src/collect/securityhub.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext } from '../collect-context.js';

let moto: Moto;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  await new SecurityHubClient(seedConfig(moto, 'us-east-1')).send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectSecurityHub', () => {
  it('records an enabled hub, and "not subscribed" as hub null', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { regions } = await collectSecurityHub(ctx);
      expect(regions['us-east-1']?.hub).toEqual({
        ok: true,
        value: expect.objectContaining({ arn: `arn:aws:securityhub:us-east-1:${MOTO_ACCOUNT_ID}:hub/default`, region: 'us-east-1' }),
      });
      // moto answers GetEnabledStandards with 404 (docs/testing.md): recorded as a failed read, never as "no standards".
      expect(regions['us-east-1']?.enabledStandards).toMatchObject({
        ok: false,
        error: { action: 'securityhub:GetEnabledStandards', region: 'us-east-1' },
      });
      expect(regions['eu-west-1']).toEqual({ hub: { ok: true, value: null }, enabledStandards: null });
    } finally {
      ctx.close();
    }
  });

  it('treats only InvalidAccessException "not subscribed" as not enabled', () => {
    expect(
      isNotSubscribed({ name: 'InvalidAccessException', message: `Account ${MOTO_ACCOUNT_ID} is not subscribed to AWS Security Hub` }),
    ).toBe(true);
    expect(isNotSubscribed({ name: 'InvalidAccessException', message: 'The request signature we calculated does not match' })).toBe(false);
    expect(isNotSubscribed({ name: 'AccessDeniedException', message: 'not subscribed' })).toBe(false);
  });
});
