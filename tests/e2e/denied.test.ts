/**
 * The scanner's user may read almost nothing (moto with IAM authorisation switched on): every
 * affected check must be UNKNOWN naming the denied action, and none may PASS or FAIL.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { IAMClient, CreateUserCommand, PutUserPolicyCommand, CreateAccessKeyCommand } from '@aws-sdk/client-iam';
import { startMoto, seedConfig, type Moto } from '../moto.js';
import { seedAll } from '../seed/index.js';
import { runCli, baseEnv } from '../cli/run-cli.js';
import type { FindingsDocument } from '../../src/evaluate/finding.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

describe('bulwark scan as a user who may read almost nothing', () => {
  let moto: Moto;
  let doc: FindingsDocument;
  let code: number | null;
  let stderr: string;

  beforeAll(async () => {
    moto = await startMoto();
    await seedAll(moto, REGIONS);
    const iam = new IAMClient(seedConfig(moto));
    await iam.send(new CreateUserCommand({ UserName: 'nearly-nothing' }));
    // Enough to start (identity, regions, the bucket list); everything else is denied.
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'nearly-nothing',
        PolicyName: 'start-only',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['sts:GetCallerIdentity', 'ec2:DescribeRegions', 's3:ListAllMyBuckets', 's3:GetBucketLocation'],
              Resource: '*',
            },
          ],
        }),
      }),
    );
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'nearly-nothing' }));
    await moto.enableIamAuth();
    const env = {
      ...baseEnv(),
      ...moto.env,
      AWS_ACCESS_KEY_ID: key.AccessKey!.AccessKeyId!,
      AWS_SECRET_ACCESS_KEY: key.AccessKey!.SecretAccessKey!,
    };
    const r = await runCli(['scan', '--region', REGIONS.join(','), '--format', 'json'], env);
    ({ code, stderr } = r);
    doc = JSON.parse(r.stdout) as FindingsDocument;
  }, 300_000);
  afterAll(async () => moto?.stop());

  it('still runs and exits 0', () => {
    expect(code, stderr).toBe(0);
    expect(doc.findings.length).toBeGreaterThan(0);
  });

  it('reports no PASS and no FAIL', () => {
    const decided = doc.findings
      .filter((f) => f.status === 'PASS' || f.status === 'FAIL')
      .map((f) => `${f.checkId} ${f.status} ${f.resourceArn}: ${f.reason}`);
    expect(decided).toEqual([]);
  });

  it('names the denied action in every UNKNOWN caused by a read error', () => {
    const unknown = doc.findings.filter((f) => f.status === 'UNKNOWN');
    expect(unknown.length).toBeGreaterThan(20);
    for (const f of unknown) {
      expect(f.errors?.length, `${f.checkId}: ${f.reason}`).toBeGreaterThan(0);
      for (const e of f.errors ?? []) expect(f.reason).toContain(e.action);
    }
    const deniedActions = new Set(doc.errors.filter((e) => e.kind === 'access-denied').map((e) => e.action));
    for (const a of ['iam:GetAccountSummary', 'ec2:DescribeSecurityGroups', 's3:GetBucketPolicy', 'cloudtrail:DescribeTrails'])
      expect(deniedActions).toContain(a);
  });
});
