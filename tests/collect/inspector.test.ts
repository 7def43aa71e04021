import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { BatchGetAccountStatusCommand, EnableCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import { collectInspector } from '../../src/collect/inspector.js';
import { InspectorSection } from '../../src/model/inspector.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { mockedContext, motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const inspector = new Inspector2Client(seedConfig(moto, 'us-east-1'));
  try {
    await inspector.send(new EnableCommand({ accountIds: [MOTO_ACCOUNT_ID], resourceTypes: ['EC2', 'LAMBDA', 'LAMBDA_CODE'] }));
  } finally {
    inspector.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectInspector', () => {
  it('records each scan type of the account per region; a region whose answer lacks the account is a failed read', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const section = await collectInspector(ctx);
      expect(InspectorSection.safeParse(section).success).toBe(true);
      expect(section.accountStatus['us-east-1']).toEqual({
        ok: true,
        value: { ec2: 'ENABLED', ecr: 'DISABLED', lambda: 'ENABLED', lambdaCode: 'ENABLED' },
      });
      // moto answers with no account at all where Inspector was never enabled (AWS lists the
      // account as DISABLED): never read as "disabled", always as a failed read.
      expect(section.accountStatus['eu-west-1']).toMatchObject({
        ok: false,
        error: {
          action: 'inspector2:BatchGetAccountStatus',
          region: 'eu-west-1',
          message: `no status for account ${MOTO_ACCOUNT_ID}: the answer did not include the account`,
        },
      });
    } finally {
      ctx.close();
    }
  });

  it('records an account listed in failedAccounts as a failed read naming its error code (aws-sdk-client-mock: moto never fails an account)', async () => {
    const mock = mockClient(Inspector2Client);
    try {
      mock.on(BatchGetAccountStatusCommand).resolves({
        accounts: [],
        failedAccounts: [{ accountId: MOTO_ACCOUNT_ID, errorCode: 'ACCESS_DENIED', errorMessage: 'not a member' }],
      });
      const ctx = mockedContext(['us-east-1']);
      try {
        const { accountStatus } = await collectInspector(ctx);
        expect(accountStatus['us-east-1']).toMatchObject({
          ok: false,
          error: {
            action: 'inspector2:BatchGetAccountStatus',
            message: `no status for account ${MOTO_ACCOUNT_ID}: ACCESS_DENIED: not a member`,
          },
        });
      } finally {
        ctx.close();
      }
    } finally {
      mock.restore();
    }
  });

  it('records a denied BatchGetAccountStatus as access-denied', async () => {
    const nothing = await restrictedCredentials(moto, 'inspector-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const ctx = motoContext(moto, ['us-east-1'], nothing);
    try {
      expect((await collectInspector(ctx)).accountStatus['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'inspector2:BatchGetAccountStatus', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      ctx.close();
      await moto.disableIamAuth();
    }
  });
});
