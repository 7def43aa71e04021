/**
 * Benchmark: a larger account on moto (BENCH_USERS IAM users with keys, BENCH_BUCKETS buckets,
 * BENCH_SGS security groups and BENCH_VOLUMES volumes in each of two regions), scanned through
 * the built CLI with --region us-east-1,eu-west-1. Shows how collection scales with resource
 * counts when the endpoint (one moto process) is the bottleneck.
 * Run: npm run bench:scale   (BENCH_USERS, BENCH_BUCKETS, BENCH_SGS, BENCH_VOLUMES override the sizes)
 */
import { IAMClient, CreateUserCommand, CreateAccessKeyCommand, CreateLoginProfileCommand } from '@aws-sdk/client-iam';
import { S3Client, CreateBucketCommand } from '@aws-sdk/client-s3';
import { EC2Client, CreateSecurityGroupCommand, AuthorizeSecurityGroupIngressCommand, CreateVolumeCommand } from '@aws-sdk/client-ec2';
import { startMoto, seedConfig } from '../tests/moto.js';
import { runCli, baseEnv } from '../tests/cli/run-cli.js';
import type { FindingsDocument } from '../src/evaluate/finding.js';

const n = (name: string, d: number) => Number(process.env[name] ?? d);
const USERS = n('BENCH_USERS', 200);
const BUCKETS = n('BENCH_BUCKETS', 100);
const SGS = n('BENCH_SGS', 200);
const VOLUMES = n('BENCH_VOLUMES', 100);
const REGIONS = ['us-east-1', 'eu-west-1'];

async function inBatches<T>(items: T[], size: number, fn: (t: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}
const range = (k: number) => Array.from({ length: k }, (_, i) => i);

const moto = await startMoto();
try {
  const t0 = performance.now();
  const iam = new IAMClient(seedConfig(moto));
  await inBatches(range(USERS), 16, async (i) => {
    await iam.send(new CreateUserCommand({ UserName: `scale-user-${i}` }));
    await iam.send(new CreateAccessKeyCommand({ UserName: `scale-user-${i}` }));
    if (i % 2 === 0) await iam.send(new CreateLoginProfileCommand({ UserName: `scale-user-${i}`, Password: 'Correct-Horse-Battery-9' }));
  });
  for (const region of REGIONS) {
    const s3 = new S3Client(seedConfig(moto, region));
    await inBatches(range(BUCKETS / REGIONS.length), 16, (i) =>
      s3.send(
        new CreateBucketCommand({
          Bucket: `scale-${region}-${i}`,
          ...(region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as 'eu-west-1' } }),
        }),
      ),
    );
    const ec2 = new EC2Client(seedConfig(moto, region));
    await inBatches(range(SGS), 16, async (i) => {
      const sg = await ec2.send(new CreateSecurityGroupCommand({ GroupName: `scale-sg-${i}`, Description: 'scale' }));
      await ec2.send(
        new AuthorizeSecurityGroupIngressCommand({
          GroupId: sg.GroupId,
          IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: i % 3 ? '10.0.0.0/8' : '0.0.0.0/0' }] }],
        }),
      );
    });
    await inBatches(range(VOLUMES), 16, (i) =>
      ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 1, Encrypted: i % 2 === 0 })),
    );
  }
  const seedSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const r = await runCli(
    ['scan', '--region', REGIONS.join(','), '--format', 'json'],
    { ...baseEnv(), ...moto.env, AWS_MAX_ATTEMPTS: '2' },
    900_000,
  );
  const scanSeconds = (performance.now() - t1) / 1000;
  if (r.code !== 0) throw new Error(`scan failed (${r.code}): ${r.stderr}`);
  const doc = JSON.parse(r.stdout) as FindingsDocument;
  const count = (id: string, status: string) => doc.findings.filter((f) => f.checkId === id && f.status === status).length;
  console.log(
    JSON.stringify(
      {
        benchmark: 'scan of a larger moto account, 2 regions',
        resources: { users: USERS, buckets: BUCKETS, securityGroupsPerRegion: SGS, volumesPerRegion: VOLUMES },
        seedSeconds: +seedSeconds.toFixed(1),
        scanSeconds: +scanSeconds.toFixed(2),
        findings: doc.summary.total,
        byStatus: doc.summary.byStatus,
        readErrors: doc.errors.length,
        sanity: {
          'iam-user-console-mfa-enabled FAIL': count('iam-user-console-mfa-enabled', 'FAIL'),
          'ec2-security-group-ssh-restricted FAIL': count('ec2-security-group-ssh-restricted', 'FAIL'),
          's3-bucket-access-logging-enabled FAIL': count('s3-bucket-access-logging-enabled', 'FAIL'),
        },
      },
      null,
      2,
    ),
  );
} finally {
  await moto.stop();
}
