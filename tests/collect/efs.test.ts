import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateAccessPointCommand,
  CreateFileSystemCommand,
  CreateMountTargetCommand,
  EFSClient,
  PutFileSystemPolicyCommand,
} from '@aws-sdk/client-efs';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { collectEfs } from '../../src/collect/efs.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
let secureId = '';
let plainId = '';
let subnetId = '';
let mountTargetId = '';
let strictAp = '';
let looseAp = '';
const fsArn = (id: string) => `arn:aws:elasticfilesystem:us-east-1:${MOTO_ACCOUNT_ID}:file-system/${id}`;
const POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Mount', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount' }],
};

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const efs = new EFSClient(seedConfig(moto, 'us-east-1'));
  const ec2 = new EC2Client(seedConfig(moto, 'us-east-1'));
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }));
  subnetId = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc.Vpc?.VpcId, CidrBlock: '10.20.1.0/24' }))).Subnet?.SubnetId ?? '';
  secureId =
    (
      await efs.send(
        new CreateFileSystemCommand({ CreationToken: 'secure', Encrypted: true, Backup: true, Tags: [{ Key: 'Name', Value: 'shared' }] }),
      )
    ).FileSystemId ?? '';
  plainId = (await efs.send(new CreateFileSystemCommand({ CreationToken: 'plain' }))).FileSystemId ?? '';
  await efs.send(new PutFileSystemPolicyCommand({ FileSystemId: secureId, Policy: JSON.stringify(POLICY) }));
  mountTargetId = (await efs.send(new CreateMountTargetCommand({ FileSystemId: secureId, SubnetId: subnetId }))).MountTargetId ?? '';
  strictAp =
    (
      await efs.send(
        new CreateAccessPointCommand({
          ClientToken: 'strict',
          FileSystemId: secureId,
          PosixUser: { Uid: 1000, Gid: 1001 },
          RootDirectory: { Path: '/app' },
          Tags: [{ Key: 'team', Value: 'app' }],
        }),
      )
    ).AccessPointId ?? '';
  looseAp = (await efs.send(new CreateAccessPointCommand({ ClientToken: 'loose', FileSystemId: plainId }))).AccessPointId ?? '';
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectEfs', () => {
  it('records file systems with encryption, backup policy, file system policy and mount targets, and every access point', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { regions } = await collectEfs(ctx);
      const fileSystems = regions['us-east-1']?.fileSystems;
      const byId = Object.fromEntries((fileSystems?.ok ? fileSystems.value : []).map((f) => [f.fileSystemId, f]));
      expect(byId[secureId]).toEqual({
        fileSystemId: secureId,
        arn: fsArn(secureId),
        region: 'us-east-1',
        name: 'shared',
        tags: { Name: 'shared' },
        encrypted: true,
        // AWS reports the aws/elasticfilesystem key here; moto reports no key id.
        kmsKeyId: null,
        backupPolicy: { ok: true, value: 'ENABLED' },
        policy: { ok: true, value: POLICY },
        mountTargets: { ok: true, value: [{ mountTargetId, subnetId }] },
      });
      // Neither a backup policy nor a file system policy: EFS answers PolicyNotFound for both.
      expect(byId[plainId]).toMatchObject({
        encrypted: false,
        kmsKeyId: null,
        backupPolicy: { ok: true, value: null },
        policy: { ok: true, value: null },
        mountTargets: { ok: true, value: [] },
      });
      const accessPoints = regions['us-east-1']?.accessPoints;
      const aps = Object.fromEntries((accessPoints?.ok ? accessPoints.value : []).map((a) => [a.accessPointId, a]));
      expect(aps[strictAp]).toMatchObject({
        fileSystemId: secureId,
        rootDirectoryPath: '/app',
        posixUser: { uid: 1000, gid: 1001 },
        tagKeys: ['team'],
      });
      expect(aps[looseAp]).toMatchObject({ fileSystemId: plainId, posixUser: null, tagKeys: [] });
      expect(['/', null]).toContain(aps[looseAp]?.rootDirectoryPath);
      expect(regions['eu-west-1']).toEqual({ fileSystems: { ok: true, value: [] }, accessPoints: { ok: true, value: [] } });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the lists, or each file system read', async () => {
    const listOnly = await restrictedCredentials(moto, 'efs-lister', ['elasticfilesystem:DescribeFileSystems']);
    const nothing = await restrictedCredentials(moto, 'efs-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const region = (await collectEfs(listed)).regions['us-east-1'];
      expect(region?.fileSystems).toMatchObject({
        ok: true,
        value: [
          {
            fileSystemId: secureId,
            backupPolicy: { ok: false, error: { action: 'elasticfilesystem:DescribeBackupPolicy', kind: 'access-denied' } },
            policy: { ok: false, error: { action: 'elasticfilesystem:DescribeFileSystemPolicy', kind: 'access-denied' } },
            mountTargets: { ok: false, error: { action: 'elasticfilesystem:DescribeMountTargets', kind: 'access-denied' } },
          },
          { fileSystemId: plainId },
        ],
      });
      expect(region?.accessPoints).toMatchObject({
        ok: false,
        error: { action: 'elasticfilesystem:DescribeAccessPoints', kind: 'access-denied' },
      });
      expect((await collectEfs(denied)).regions['us-east-1']?.fileSystems).toMatchObject({
        ok: false,
        error: { action: 'elasticfilesystem:DescribeFileSystems', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
