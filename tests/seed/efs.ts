/**
 * Demo EFS in the first region: a shared file system set up as the checks ask (encrypted,
 * automatic backups, a policy pinned to the organization, a mount target in the private subnet,
 * an access point with its own root, POSIX user and a tag) and a scratch file system left open
 * (unencrypted, no backups, a policy granting mounts to everyone, a mount target in the public
 * subnet, an access point with neither). The subnets are the ones the EC2 seeder tags
 * demo-public and demo-private (seeders run in file order, ec2 before efs).
 */
import {
  CreateAccessPointCommand,
  CreateFileSystemCommand,
  CreateMountTargetCommand,
  EFSClient,
  PutFileSystemPolicyCommand,
} from '@aws-sdk/client-efs';
import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedEfs(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const config = { endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
  const efs = new EFSClient(config);
  const ec2 = new EC2Client(config);
  try {
    const subnet = async (name: string): Promise<string> => {
      const found = (await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'tag:Name', Values: [name] }] }))).Subnets?.[0]
        ?.SubnetId;
      if (!found) throw new Error(`subnet ${name} not found: the EC2 seeder creates it`);
      return found;
    };
    const [publicSubnet, privateSubnet] = [await subnet('demo-public'), await subnet('demo-private')];
    const create = async (token: string, extra: { Encrypted?: boolean; Backup?: boolean }) =>
      (await efs.send(new CreateFileSystemCommand({ CreationToken: token, Tags: [{ Key: 'Name', Value: token }], ...extra })))
        .FileSystemId ?? '';
    const shared = await create('demo-shared', { Encrypted: true, Backup: true });
    const scratch = await create('demo-scratch', {});
    const fsArn = (id: string) => `arn:aws:elasticfilesystem:${region}:${MOTO_ACCOUNT_ID}:file-system/${id}`;
    const policy = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
    await efs.send(
      new PutFileSystemPolicyCommand({
        FileSystemId: shared,
        Policy: policy({
          Sid: 'OrgMount',
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-demo12345' } },
        }),
      }),
    );
    await efs.send(
      new PutFileSystemPolicyCommand({
        FileSystemId: scratch,
        Policy: policy({ Sid: 'AnyoneMounts', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount' }),
      }),
    );
    await efs.send(new CreateMountTargetCommand({ FileSystemId: shared, SubnetId: privateSubnet }));
    await efs.send(new CreateMountTargetCommand({ FileSystemId: scratch, SubnetId: publicSubnet }));
    const apArn = async (input: ConstructorParameters<typeof CreateAccessPointCommand>[0]) =>
      (await efs.send(new CreateAccessPointCommand(input))).AccessPointArn ?? '';
    const strict = await apArn({
      ClientToken: 'demo-app',
      FileSystemId: shared,
      PosixUser: { Uid: 1000, Gid: 1000 },
      RootDirectory: { Path: '/app' },
      Tags: [{ Key: 'app', Value: 'demo' }],
    });
    const loose = await apArn({ ClientToken: 'demo-any', FileSystemId: scratch });

    const fsChecks = [
      'efs-file-system-encrypted-kms',
      'efs-file-system-encrypted-at-rest',
      'efs-file-system-automatic-backups-enabled',
      'efs-file-system-mount-targets-private-subnets',
      'efs-file-system-policy-not-public',
    ];
    const apChecks = ['efs-access-point-root-directory-enforced', 'efs-access-point-user-identity-enforced', 'efs-access-point-tagged'];
    const each = (checks: string[], resourceArn: string, status: 'PASS' | 'FAIL'): ExpectedFinding[] =>
      checks.map((checkId) => ({ checkId, resourceArn, status }));
    return [
      ...each(fsChecks, fsArn(shared), 'PASS'),
      ...each(fsChecks, fsArn(scratch), 'FAIL'),
      ...each(apChecks, strict, 'PASS'),
      ...each(apChecks, loose, 'FAIL'),
    ];
  } finally {
    efs.destroy();
    ec2.destroy();
  }
}
