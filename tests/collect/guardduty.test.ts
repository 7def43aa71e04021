import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { collectGuardDuty } from '../../src/collect/guardduty.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
let enabledId = '';
let disabledId = '';

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  enabledId = (await new GuardDutyClient(seedConfig(moto, 'us-east-1')).send(new CreateDetectorCommand({ Enable: true }))).DetectorId ?? '';
  disabledId =
    (await new GuardDutyClient(seedConfig(moto, 'eu-west-1')).send(new CreateDetectorCommand({ Enable: false }))).DetectorId ?? '';
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectGuardDuty', () => {
  it('records each region detector with its status', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1', 'ap-south-1']);
    try {
      const { detectors } = await collectGuardDuty(ctx);
      expect(detectors['us-east-1']).toEqual({
        ok: true,
        value: [
          {
            detectorId: enabledId,
            arn: `arn:aws:guardduty:us-east-1:${MOTO_ACCOUNT_ID}:detector/${enabledId}`,
            region: 'us-east-1',
            status: { ok: true, value: 'ENABLED' },
            // GetDetector's Features and Tags: none configured on this detector.
            features: [],
            tags: {},
          },
        ],
      });
      expect(detectors['eu-west-1']).toEqual({
        ok: true,
        value: [expect.objectContaining({ detectorId: disabledId, status: { ok: true, value: 'DISABLED' } })],
      });
      expect(detectors['ap-south-1']).toEqual({ ok: true, value: [] });
    } finally {
      ctx.close();
    }
  });

  it("records denied reads as access-denied ReadErrors: the detector list, or each detector's status", async () => {
    const listOnly = await restrictedCredentials(moto, 'detector-lister', ['guardduty:ListDetectors']);
    const nothing = await restrictedCredentials(moto, 'detector-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    // moto answers a denied JSON-protocol call with an XML body the SDK cannot parse, so the
    // message is a SyntaxError; the HTTP 403 is what makes it access-denied (as AWS's own code would).
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      expect((await collectGuardDuty(listed)).detectors['us-east-1']).toMatchObject({
        ok: true,
        value: [{ detectorId: enabledId, status: { ok: false, error: { action: 'guardduty:GetDetector', kind: 'access-denied' } } }],
      });
      expect((await collectGuardDuty(denied)).detectors['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'guardduty:ListDetectors', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
