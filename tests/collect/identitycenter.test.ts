import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectIdentityCenter } from '../../src/collect/identitycenter.js';
import { IdentityCenterSection } from '../../src/model/identitycenter.js';
import { startMoto, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

// moto always answers ListInstances with one ACTIVE instance per region, even on a fresh server
// (docs/testing.md), so "no Identity Center" cannot be seeded: the FAIL and UNKNOWN paths of
// the check are unit-tested on built inventories (tests/checks/identitycenter/).
let moto: Moto;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectIdentityCenter', () => {
  it('asks every scanned region and records its instances', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const section = await collectIdentityCenter(ctx);
      expect(IdentityCenterSection.safeParse(section).success).toBe(true);
      expect(Object.keys(section.instances).sort()).toEqual(['eu-west-1', 'us-east-1']);
      for (const region of ['eu-west-1', 'us-east-1']) {
        const listed = section.instances[region];
        expect(listed?.ok).toBe(true);
        if (!listed?.ok) continue;
        expect(listed.value).toHaveLength(1);
        expect(listed.value[0]).toMatchObject({ region, status: 'ACTIVE', ownerAccountId: MOTO_ACCOUNT_ID });
        expect(listed.value[0]?.arn).toMatch(/^arn:aws:sso:::instance\/ssoins-[a-z0-9]+$/);
        expect(listed.value[0]?.identityStoreId).toMatch(/^d-/);
        expect(Date.parse(listed.value[0]?.createdDate ?? '')).not.toBeNaN();
      }
      expect(ctx.reader.actions).toEqual(new Set(['sso:ListInstances']));
    } finally {
      ctx.close();
    }
  });

  it('records a denied ListInstances per region as an access-denied ReadError, never as "no instance"', async () => {
    const creds = await restrictedCredentials(moto, 'no-sso-reader', ['iam:GetUser']);
    await moto.enableIamAuth();
    // moto answers a denied JSON-protocol call with an XML body the SDK cannot parse, so the
    // message is a SyntaxError; the HTTP 403 is what makes it access-denied (as AWS's own code would).
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1'], creds);
    try {
      const { instances } = await collectIdentityCenter(ctx);
      for (const region of ['eu-west-1', 'us-east-1']) {
        expect(instances[region]).toMatchObject({ ok: false, error: { action: 'sso:ListInstances', kind: 'access-denied', region } });
      }
    } finally {
      ctx.close();
      await moto.disableIamAuth();
    }
  });
});
