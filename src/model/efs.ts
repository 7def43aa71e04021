import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A file system policy document as parsed JSON (text only if it was not JSON). */
export const EfsFileSystemPolicy = z.json();
export type EfsFileSystemPolicy = z.infer<typeof EfsFileSystemPolicy>;

export const EfsMountTarget = z.object({
  /** DescribeMountTargets MountTargets[].MountTargetId */
  mountTargetId: z.string(),
  /** DescribeMountTargets MountTargets[].SubnetId */
  subnetId: z.string(),
});
export type EfsMountTarget = z.infer<typeof EfsMountTarget>;

export const EfsFileSystem = z.object({
  /** DescribeFileSystems FileSystemId */
  fileSystemId: z.string(),
  /** DescribeFileSystems FileSystemArn */
  arn: z.string(),
  region: z.string(),
  /** DescribeFileSystems Name (the Name tag; null when untagged) */
  name: z.string().nullable(),
  /**
   * DescribeFileSystems Tags as key → value (AWS Backup selects resources by tag, e.g. the
   * `aws:elasticfilesystem:default-backup` tag of automatic backups; values are kept for that); empty in inventories recorded before this field existed
   */
  tags: z.record(z.string(), z.string()).default({}),
  /** DescribeFileSystems Encrypted (encryption at rest, set at creation) */
  encrypted: z.boolean(),
  /** DescribeFileSystems KmsKeyId (null when not encrypted) */
  kmsKeyId: z.string().nullable(),
  /**
   * DescribeBackupPolicy BackupPolicy.Status: ENABLED, ENABLING, DISABLED or DISABLING; null when
   * EFS answers PolicyNotFound (no backup policy: automatic backups were never turned on).
   */
  backupPolicy: observedSchema(z.string().nullable()),
  /**
   * DescribeFileSystemPolicy Policy as parsed JSON; null when EFS answers PolicyNotFound (the
   * default policy is in effect: no resource policy, only the network reaches the file system).
   */
  policy: observedSchema(EfsFileSystemPolicy.nullable()),
  /** DescribeMountTargets (FileSystemId) */
  mountTargets: observedSchema(z.array(EfsMountTarget)),
});
export type EfsFileSystem = z.infer<typeof EfsFileSystem>;

export const EfsAccessPoint = z.object({
  /** DescribeAccessPoints AccessPointId */
  accessPointId: z.string(),
  /** DescribeAccessPoints AccessPointArn */
  arn: z.string(),
  region: z.string(),
  /** DescribeAccessPoints FileSystemId */
  fileSystemId: z.string(),
  /** DescribeAccessPoints RootDirectory.Path; null when no root directory is set (clients then see the file system root, "/") */
  rootDirectoryPath: z.string().nullable(),
  /** DescribeAccessPoints PosixUser (Uid, Gid); null when the access point enforces no user identity */
  posixUser: z.object({ uid: z.number(), gid: z.number() }).nullable(),
  /** DescribeAccessPoints Tags[].Key (keys only: no check reads the values) */
  tagKeys: z.array(z.string()),
});
export type EfsAccessPoint = z.infer<typeof EfsAccessPoint>;

/** Everything read in one region. */
export const EfsRegion = z.object({
  /** DescribeFileSystems, each with its backup policy, file system policy and mount targets */
  fileSystems: observedSchema(z.array(EfsFileSystem)),
  /** DescribeAccessPoints (no FileSystemId: every access point of the region) */
  accessPoints: observedSchema(z.array(EfsAccessPoint)),
});
export type EfsRegion = z.infer<typeof EfsRegion>;

/** What the efs collector records. */
export const EfsSection = z.object({
  /** Per scanned region */
  regions: regionalSchema(EfsRegion),
});
export type EfsSection = z.infer<typeof EfsSection>;
