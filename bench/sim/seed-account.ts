/**
 * Account generator for the simulator benchmark: seeds a moto_server directly (not through the
 * proxy) with a "medium" or "large" account, with bounded concurrency (moto is one process).
 *
 * Run alone:  tsx bench/sim/seed-account.ts --endpoint http://127.0.0.1:5000 [--size small|medium|large]
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { CreateBucketCommand, S3Client, type BucketLocationConstraint } from '@aws-sdk/client-s3';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateVolumeCommand,
  EC2Client,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../../tests/moto.js';
import { EMPTY_ZIP } from '../../tests/seed/lambda.js';

export interface AccountSpec {
  users: number;
  roles: number;
  policies: number;
  buckets: number;
  regions: string[];
  /** per region */
  securityGroups: number;
  volumes: number;
  instances: number;
  dbInstances: number;
  functions: number;
  keys: number;
}

export const BENCH_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

export const ACCOUNT_SIZES: Record<'small' | 'medium' | 'large', AccountSpec> = {
  // A tenth of medium: a quick check that the benchmark runs end to end.
  small: {
    users: 50,
    roles: 30,
    policies: 20,
    buckets: 40,
    regions: BENCH_REGIONS,
    securityGroups: 20,
    volumes: 80,
    instances: 30,
    dbInstances: 1,
    functions: 2,
    keys: 2,
  },
  medium: {
    users: 500,
    roles: 300,
    policies: 200,
    buckets: 400,
    regions: BENCH_REGIONS,
    securityGroups: 200,
    volumes: 800,
    instances: 300,
    dbInstances: 3,
    functions: 5,
    keys: 5,
  },
  large: {
    users: 5000,
    roles: 3000,
    policies: 2000,
    buckets: 4000,
    regions: BENCH_REGIONS,
    securityGroups: 2000,
    volumes: 8000,
    instances: 3000,
    dbInstances: 30,
    functions: 50,
    keys: 50,
  },
};

export interface SeedResult {
  spec: AccountSpec;
  seconds: number;
  calls: number;
}

/** Runs fn over items with at most `limit` in flight. */
export async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const policyDoc = (i: number) =>
  JSON.stringify({
    Version: '2012-10-17',
    // Every tenth policy is an administrator policy, so the IAM checks find something to report.
    Statement: [
      {
        Effect: 'Allow',
        Action: i % 10 === 0 ? '*' : ['s3:GetObject', 'sqs:SendMessage'],
        Resource: i % 10 === 0 ? '*' : `arn:aws:s3:::bench-${i}/*`,
      },
    ],
  });

export async function seedAccount(endpoint: string, spec: AccountSpec, concurrency = 16): Promise<SeedResult> {
  const t0 = performance.now();
  let calls = 0;
  const config = (region: string) => ({ endpoint, region, credentials: TEST_CREDENTIALS, forcePathStyle: true, maxAttempts: 3 });
  const count = <T>(p: Promise<T>) => {
    calls++;
    return p;
  };
  const iam = new IAMClient(config('us-east-1'));
  const clients: Array<{ destroy(): void }> = [iam];
  try {
    await mapLimit(range(spec.policies), concurrency, (i) =>
      count(iam.send(new CreatePolicyCommand({ PolicyName: `bench-policy-${i}`, PolicyDocument: policyDoc(i) }))),
    );
    const policyArn = (i: number) => `arn:aws:iam::${MOTO_ACCOUNT_ID}:policy/bench-policy-${i % Math.max(1, spec.policies)}`;
    await mapLimit(range(spec.users), concurrency, async (i) => {
      const UserName = `bench-user-${i}`;
      await count(iam.send(new CreateUserCommand({ UserName })));
      await count(iam.send(new CreateAccessKeyCommand({ UserName })));
      if (i % 2 === 0) await count(iam.send(new CreateLoginProfileCommand({ UserName, Password: 'Correct-Horse-Battery-9' })));
      if (i % 4 === 0) {
        const mfa = await count(iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: UserName })));
        await count(
          iam.send(
            new EnableMFADeviceCommand({
              UserName,
              SerialNumber: mfa.VirtualMFADevice?.SerialNumber,
              AuthenticationCode1: '123456',
              AuthenticationCode2: '654321',
            }),
          ),
        );
      }
      if (i % 5 === 0 && spec.policies > 0) await count(iam.send(new AttachUserPolicyCommand({ UserName, PolicyArn: policyArn(i) })));
    });
    await mapLimit(range(spec.roles), concurrency, async (i) => {
      const RoleName = `bench-role-${i}`;
      await count(iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: TRUST })));
      if (i % 3 === 0 && spec.policies > 0) await count(iam.send(new AttachRolePolicyCommand({ RoleName, PolicyArn: policyArn(i) })));
    });
    const lambdaRole = `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/bench-role-0`;

    // Buckets, round-robin over the regions (us-east-1 takes no LocationConstraint).
    const s3 = new Map(spec.regions.map((r) => [r, new S3Client(config(r))]));
    clients.push(...s3.values());
    await mapLimit(range(spec.buckets), concurrency, (i) => {
      const region = spec.regions[i % spec.regions.length] ?? 'us-east-1';
      return count(
        s3.get(region)!.send(
          new CreateBucketCommand({
            Bucket: `bench-${region}-${i}`,
            ...(region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } }),
          }),
        ),
      );
    });

    for (const region of spec.regions) {
      const ec2 = new EC2Client(config(region));
      const rds = new RDSClient(config(region));
      const lambda = new LambdaClient(config(region));
      const kms = new KMSClient(config(region));
      clients.push(ec2, rds, lambda, kms);
      await mapLimit(range(spec.securityGroups), concurrency, async (i) => {
        const sg = await count(ec2.send(new CreateSecurityGroupCommand({ GroupName: `bench-sg-${i}`, Description: 'bench' })));
        if (i % 3 === 0) {
          await count(
            ec2.send(
              new AuthorizeSecurityGroupIngressCommand({
                GroupId: sg.GroupId,
                IpPermissions: [
                  { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: i % 2 ? '10.0.0.0/8' : '0.0.0.0/0' }] },
                ],
              }),
            ),
          );
        }
      });
      await mapLimit(range(spec.volumes), concurrency, (i) =>
        count(ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 1, Encrypted: i % 2 === 0 }))),
      );
      // Instances in batches of 50 per RunInstances call.
      const batches = range(Math.ceil(spec.instances / 50)).map((b) => Math.min(50, spec.instances - b * 50));
      await mapLimit(batches, 4, (n) =>
        count(ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', InstanceType: 't3.micro', MinCount: n, MaxCount: n }))),
      );
      await mapLimit(range(spec.dbInstances), 4, (i) =>
        count(
          rds.send(
            new CreateDBInstanceCommand({
              DBInstanceIdentifier: `bench-db-${i}`,
              Engine: 'mysql',
              DBInstanceClass: 'db.t3.micro',
              AllocatedStorage: 20,
              MasterUsername: 'dbowner',
              MasterUserPassword: 'Correct-Horse-Battery-9',
              StorageEncrypted: i % 2 === 0,
              PubliclyAccessible: i === 0,
            }),
          ),
        ),
      );
      await mapLimit(range(spec.functions), 4, (i) =>
        count(
          lambda.send(
            new CreateFunctionCommand({
              FunctionName: `bench-fn-${i}`,
              Runtime: 'python3.12',
              Role: lambdaRole,
              Handler: 'index.handler',
              Code: { ZipFile: EMPTY_ZIP },
            }),
          ),
        ),
      );
      await mapLimit(range(spec.keys), 4, async (i) => {
        const key = await count(kms.send(new CreateKeyCommand({ Description: `bench-key-${i}` })));
        if (i % 2 === 0) await count(kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyMetadata?.KeyId })));
      });
    }
  } finally {
    for (const c of clients) c.destroy();
  }
  return { spec, seconds: (performance.now() - t0) / 1000, calls };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { endpoint: { type: 'string' }, size: { type: 'string', default: 'medium' }, concurrency: { type: 'string', default: '16' } },
  });
  const size = values.size as keyof typeof ACCOUNT_SIZES;
  if (!values.endpoint || !ACCOUNT_SIZES[size])
    throw new Error('usage: seed-account.ts --endpoint http://127.0.0.1:PORT [--size small|medium|large]');
  const r = await seedAccount(values.endpoint, ACCOUNT_SIZES[size], Number(values.concurrency));
  console.log(JSON.stringify({ size, seconds: +r.seconds.toFixed(1), calls: r.calls }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(`seed-account: ${(err as Error).message}`);
    process.exit(1);
  });
}
