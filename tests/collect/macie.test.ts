import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  GetAdministratorAccountCommand,
  GetAutomatedDiscoveryConfigurationCommand,
  GetMacieSessionCommand,
  Macie2Client,
} from '@aws-sdk/client-macie2';
import { mockClient } from 'aws-sdk-client-mock';
import { macieCollector, collectMacie, isMacieNotEnabled } from '../../src/collect/macie.js';
import { MacieSection } from '../../src/model/macie.js';
import { macieChecks } from '../../src/checks/macie/index.js';
import { MOTO_ACCOUNT_ID, startMoto, type Moto } from '../moto.js';
import { mockedContext, motoContext } from '../collect-context.js';
import { buildInventory, evalContext, run } from '../builders/index.js';
import { seedMacie } from '../seed/macie.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

describe('macie collector against moto', () => {
  let moto: Moto;

  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
  }, 60_000);
  afterAll(async () => {
    await moto?.stop();
  });

  it('reads an enabled session and a disabled one per region, and the seeded findings follow', async () => {
    const expected = await seedMacie(moto, REGIONS);
    const ctx = motoContext(moto, REGIONS);
    try {
      const section = await macieCollector.collect(ctx);
      expect(MacieSection.safeParse(section).success).toBe(true);
      // moto's session timestamps carry no zone; the collector reads them as UTC instead of failing.
      expect(section.sessions['us-east-1']).toMatchObject({ ok: true, value: { status: 'ENABLED' } });
      const s = section.sessions['us-east-1'];
      expect(s?.ok && s.value?.createdAt).toMatch(/Z$/);
      // After DisableMacie moto answers ResourceNotFoundException: not enabled, not an error.
      expect(section.sessions['eu-west-1']).toEqual({ ok: true, value: null });
      // Where a session exists: GetAdministratorAccount (moto: no administrator) and
      // GetAutomatedDiscoveryConfiguration, which moto does not implement (HTTP 404): recorded as
      // a failed read, so Macie.2 says UNKNOWN there (the mocked test below maps real answers).
      expect([...ctx.reader.actions].sort()).toEqual([
        'macie2:GetAdministratorAccount',
        'macie2:GetAutomatedDiscoveryConfiguration',
        'macie2:GetMacieSession',
      ]);
      const enabled = section.sessions['us-east-1'];
      expect(enabled?.ok && enabled.value?.administratorAccountId).toEqual({ ok: true, value: null });
      expect(enabled?.ok && enabled.value?.automatedDiscoveryStatus).toMatchObject({ ok: false });
      expect(
        ctx.events
          .filter((e) => e.type === 'done')
          .map((e) => e.region)
          .sort(),
      ).toEqual(['eu-west-1', 'us-east-1']);

      const results = run(macieChecks[0]!, buildInventory({ macie: section }), evalContext({ accountId: MOTO_ACCOUNT_ID }));
      for (const e of expected) expect(results.find((r) => r.resourceArn === e.resourceArn)?.status).toBe(e.status);
      expect(expected).toHaveLength(2);
    } finally {
      ctx.close();
    }
  });
});

/** AWS's AccessDeniedException for "Macie is not enabled" cannot be built on moto: mocked here. */
describe('macie collector on mocked answers', () => {
  const denied = (message: string) =>
    Object.assign(new Error(message), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });

  it('tells "Macie is not enabled" from a real denial', async () => {
    const macie = mockClient(Macie2Client);
    const ctx = mockedContext(['eu-west-1', 'us-east-1', 'us-west-2']);
    try {
      macie.on(GetMacieSessionCommand).callsFake((_input, getClient) =>
        getClient()
          .config.region()
          .then((region: string) => {
            if (region === 'eu-west-1') throw denied('Macie is not enabled.');
            if (region === 'us-east-1')
              throw denied('User: arn:aws:iam::123456789012:user/a is not authorized to perform: macie2:GetMacieSession');
            return { status: 'PAUSED', createdAt: new Date('2025-01-01T00:00:00Z'), updatedAt: new Date('2025-02-01T00:00:00Z') };
          }),
      );
      macie.on(GetAutomatedDiscoveryConfigurationCommand).resolves({ status: 'DISABLED' });
      macie.on(GetAdministratorAccountCommand).resolves({ administrator: { accountId: '444455556666', relationshipStatus: 'Enabled' } });
      const section = await collectMacie(ctx);
      expect(section.sessions['eu-west-1']).toEqual({ ok: true, value: null });
      expect(section.sessions['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'macie2:GetMacieSession', kind: 'access-denied', region: 'us-east-1' },
      });
      expect(section.sessions['us-west-2']).toEqual({
        ok: true,
        value: {
          status: 'PAUSED',
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-02-01T00:00:00.000Z',
          automatedDiscoveryStatus: { ok: true, value: 'DISABLED' },
          administratorAccountId: { ok: true, value: '444455556666' },
        },
      });
      // Only the real denial is an error.
      expect(ctx.reader.errors).toHaveLength(1);
    } finally {
      macie.restore();
      ctx.close();
    }
  });

  it('recognises only the documented message', () => {
    expect(isMacieNotEnabled(denied('Macie is not enabled.'))).toBe(true);
    expect(isMacieNotEnabled(denied('Access denied'))).toBe(false);
    expect(isMacieNotEnabled(Object.assign(new Error('Macie is not enabled.'), { name: 'ValidationException' }))).toBe(false);
  });
});
