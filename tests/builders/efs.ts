import type { EfsAccessPoint, EfsFileSystem, EfsRegion, EfsSection } from '../../src/model/efs.js';
import { REGIONS, arn, ok } from './common.js';

/**
 * A compliant EFS file system: encrypted with KMS, automatic backups on, a policy that requires
 * TLS and grants nothing to everyone, one mount target in the builders' private subnet.
 */
export function efsFileSystem(fileSystemId: string, region: string, overrides: Partial<EfsFileSystem> = {}): EfsFileSystem {
  const fsArn = arn('elasticfilesystem', region, `file-system/${fileSystemId}`);
  return {
    fileSystemId,
    arn: fsArn,
    region,
    name: null,
    tags: { 'aws:elasticfilesystem:default-backup': 'enabled' },
    encrypted: true,
    kmsKeyId: arn('kms', region, 'key/1234abcd'),
    backupPolicy: ok('ENABLED'),
    policy: ok({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: '*',
          Resource: fsArn,
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    }),
    mountTargets: ok([{ mountTargetId: `fsmt-${fileSystemId.slice(3)}`, subnetId: 'subnet-0a1b2c3d4e5f60001' }]),
    ...overrides,
  };
}

/** A compliant access point: its own root directory and an enforced POSIX user. */
export function efsAccessPoint(accessPointId: string, region: string, overrides: Partial<EfsAccessPoint> = {}): EfsAccessPoint {
  return {
    accessPointId,
    arn: arn('elasticfilesystem', region, `access-point/${accessPointId}`),
    region,
    fileSystemId: 'fs-0123456789abcdef0',
    rootDirectoryPath: '/app',
    posixUser: { uid: 1000, gid: 1000 },
    tagKeys: ['team'],
    ...overrides,
  };
}

export function efsSection(fileSystems: EfsFileSystem[], accessPoints: EfsAccessPoint[] = []): EfsSection {
  const region = (r: string): EfsRegion => ({
    fileSystems: ok(fileSystems.filter((x) => x.region === r)),
    accessPoints: ok(accessPoints.filter((x) => x.region === r)),
  });
  return { regions: Object.fromEntries(REGIONS.map((r) => [r, region(r)])) };
}

export function compliantEfsSection(): EfsSection {
  return efsSection(
    REGIONS.map((r) => efsFileSystem('fs-0123456789abcdef0', r)),
    REGIONS.map((r) => efsAccessPoint('fsap-0123456789abcdef0', r)),
  );
}
