import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EC2Client, RunInstancesCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import { collectEc2userdata, scanUserData } from '../../src/collect/ec2userdata.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

// Fake credentials built at run time, so the repository holds no string a scanner would flag.
const KEY_ID = ['AKIA', 'Z7QW3RT5YU2IOPLK'].join('');
const PASSWORD = ['Hunter', '2Hunter2'].join('');
const leaky = `#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${KEY_ID}\nmysql -u admin --password=${PASSWORD} app\n`;

let moto: Moto;
const ids: Record<string, string> = {};
beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const ec2 = new EC2Client(seedConfig(moto, 'us-east-1'));
  const run = async (name: string, userData?: string) => {
    const out = await ec2.send(
      new RunInstancesCommand({
        ImageId: 'ami-12c6146b',
        MinCount: 1,
        MaxCount: 1,
        ...(userData ? { UserData: Buffer.from(userData).toString('base64') } : {}),
      }),
    );
    ids[name] = out.Instances?.[0]?.InstanceId ?? '';
  };
  try {
    await run('leaky', leaky);
    await run('clean', '#!/bin/bash\nyum install -y nginx\n');
    await run('none');
    await run('gone', leaky);
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [ids.gone ?? ''] }));
  } finally {
    ec2.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectEc2userdata', () => {
  it('keeps per live instance only the matches in its user data, never the text', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { instances } = await collectEc2userdata(ctx);
      expect(instances['eu-west-1']).toEqual({ ok: true, value: [] });
      const list = instances['us-east-1'];
      const byId = new Map((list?.ok ? list.value : []).map((i) => [i.instanceId, i]));
      expect([...byId.keys()].sort()).toEqual([ids.leaky, ids.clean, ids.none].sort());
      expect(byId.get(ids.leaky ?? '')).toEqual({
        arn: `arn:aws:ec2:us-east-1:${MOTO_ACCOUNT_ID}:instance/${ids.leaky}`,
        region: 'us-east-1',
        instanceId: ids.leaky,
        userData: {
          ok: true,
          value: {
            present: true,
            secretMatches: [
              { rule: 'aws-access-key-id', location: 'user data line 2', hint: 'AKIA…OPLK (long-term access key ID)' },
              { rule: 'password-assignment', location: 'user data line 3', hint: 'password=<redacted, 14 characters>' },
            ],
          },
        },
      });
      expect(byId.get(ids.clean ?? '')?.userData).toEqual({ ok: true, value: { present: true, secretMatches: [] } });
      expect(byId.get(ids.none ?? '')?.userData).toEqual({ ok: true, value: { present: false, secretMatches: [] } });
      const json = JSON.stringify(instances);
      expect(json).not.toContain(KEY_ID);
      expect(json).not.toContain(PASSWORD);
    } finally {
      ctx.close();
    }
  });

  it('records denied reads: the instance list, or each instance attribute', async () => {
    const listOnly = await restrictedCredentials(moto, 'ud-lister', ['ec2:DescribeInstances']);
    const nothing = await restrictedCredentials(moto, 'ud-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const seen = (await collectEc2userdata(listed)).instances['us-east-1'];
      expect(seen?.ok ? seen.value.length : 0).toBe(3);
      for (const i of seen?.ok ? seen.value : [])
        expect(i.userData).toMatchObject({
          ok: false,
          error: { action: 'ec2:DescribeInstanceAttribute', kind: 'access-denied', target: i.arn },
        });
      expect((await collectEc2userdata(denied)).instances['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'ec2:DescribeInstances', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});

describe('scanUserData', () => {
  it('unpacks gzipped user data before scanning', () => {
    const gz = gzipSync(Buffer.from(leaky)).toString('base64');
    expect(scanUserData(gz).secretMatches.map((m) => m.rule)).toEqual(['aws-access-key-id', 'password-assignment']);
    expect(scanUserData(undefined)).toEqual({ present: false, secretMatches: [] });
  });
});
