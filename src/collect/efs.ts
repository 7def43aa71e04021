import {
  DescribeBackupPolicyCommand,
  DescribeFileSystemPolicyCommand,
  EFSClient,
  paginateDescribeAccessPoints,
  paginateDescribeFileSystems,
  paginateDescribeMountTargets,
  type AccessPointDescription,
  type FileSystemDescription,
} from '@aws-sdk/client-efs';
import type { EfsAccessPoint, EfsFileSystem, EfsFileSystemPolicy, EfsSection } from '../model/efs.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';
import { parsePolicyText } from './kit/policy-text.js';

/**
 * EFS answers PolicyNotFound both when a file system has no backup policy and when the default
 * file system policy is in effect.
 * https://docs.aws.amazon.com/efs/latest/ug/API_DescribeBackupPolicy.html
 * https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystemPolicy.html
 */
const NOT_CONFIGURED = ['PolicyNotFound'];

async function readFileSystem(ctx: CollectContext, client: EFSClient, region: string, fs: FileSystemDescription): Promise<EfsFileSystem> {
  const fileSystemId = fs.FileSystemId ?? '';
  const arn = fs.FileSystemArn ?? `${arnPrefix(ctx, 'elasticfilesystem', region)}:file-system/${fileSystemId}`;
  const scope = { target: arn, region };
  const reads = await allKeyed({
    backup: ctx.reader.read(
      'elasticfilesystem:DescribeBackupPolicy',
      scope,
      () => client.send(new DescribeBackupPolicyCommand({ FileSystemId: fileSystemId })),
      { absentWhen: NOT_CONFIGURED },
    ),
    policy: ctx.reader.read(
      'elasticfilesystem:DescribeFileSystemPolicy',
      scope,
      () => client.send(new DescribeFileSystemPolicyCommand({ FileSystemId: fileSystemId })),
      { absentWhen: NOT_CONFIGURED },
    ),
    mountTargets: readList(
      ctx.reader,
      'elasticfilesystem:DescribeMountTargets',
      scope,
      () => paginateDescribeMountTargets({ client }, { FileSystemId: fileSystemId }),
      (p) => p.MountTargets,
      (m) => ({ mountTargetId: m.MountTargetId ?? '', subnetId: m.SubnetId ?? '' }),
    ),
  });
  return {
    fileSystemId,
    arn,
    region,
    name: fs.Name ?? null,
    tags: Object.fromEntries((fs.Tags ?? []).flatMap((t) => (t.Key ? [[t.Key, t.Value ?? '']] : []))),
    encrypted: fs.Encrypted ?? false,
    kmsKeyId: fs.KmsKeyId ?? null,
    backupPolicy: mapObserved(reads.backup, (b) => (b === null ? null : (b.BackupPolicy?.Status ?? null))),
    policy: mapObserved(reads.policy, (p) => (p === null ? null : (parsePolicyText(p.Policy) as EfsFileSystemPolicy))),
    mountTargets: reads.mountTargets,
  };
}

function toAccessPoint(region: string, a: AccessPointDescription): EfsAccessPoint {
  const user = a.PosixUser;
  return {
    accessPointId: a.AccessPointId ?? '',
    arn: a.AccessPointArn ?? '',
    region,
    fileSystemId: a.FileSystemId ?? '',
    rootDirectoryPath: a.RootDirectory?.Path ?? null,
    posixUser: user && user.Uid !== undefined && user.Gid !== undefined ? { uid: user.Uid, gid: user.Gid } : null,
    tagKeys: (a.Tags ?? []).flatMap((t) => (t.Key ? [t.Key] : [])),
  };
}

async function readFileSystems(ctx: CollectContext, client: EFSClient, region: string): Promise<Observed<EfsFileSystem[]>> {
  const list = await readList(
    ctx.reader,
    'elasticfilesystem:DescribeFileSystems',
    { target: `${arnPrefix(ctx, 'elasticfilesystem', region)}:file-system/*`, region },
    () => paginateDescribeFileSystems({ client }, {}),
    (p) => p.FileSystems,
    (fs) => fs,
  );
  // Per-file-system reads run under the scheduler, paced by the elasticfilesystem bucket.
  return andThen(list, async (items) => ok(await Promise.all(items.map((fs) => readFileSystem(ctx, client, region, fs)))));
}

export async function collectEfs(ctx: CollectContext): Promise<EfsSection> {
  const regions = await forEachRegion(ctx, 'efs', async (region) => {
    const client = ctx.clients.get(EFSClient, region);
    const prefix = arnPrefix(ctx, 'elasticfilesystem', region);
    return allKeyed({
      fileSystems: readFileSystems(ctx, client, region),
      accessPoints: readList(
        ctx.reader,
        'elasticfilesystem:DescribeAccessPoints',
        { target: `${prefix}:access-point/*`, region },
        () => paginateDescribeAccessPoints({ client }, {}),
        (p) => p.AccessPoints,
        (a) => toAccessPoint(region, a),
      ),
    });
  });
  return { regions };
}

export const efsCollector: Collector<'efs'> = {
  section: 'efs',
  collect: collectEfs,
};
