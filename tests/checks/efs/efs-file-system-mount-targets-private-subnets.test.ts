import { describe, it, expect } from 'vitest';
import { efsFileSystemMountTargetsPrivateSubnets as check } from '../../../src/checks/efs/efs-file-system-mount-targets-private-subnets.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { efsFileSystem, efsSection } from '../../builders/efs.js';
import { ec2SectionWith, ec2Subnet } from '../../builders/ec2.js';
import type { EfsFileSystem } from '../../../src/model/efs.js';
import type { Ec2Region } from '../../../src/model/ec2.js';

const PRIVATE = 'subnet-0a1b2c3d4e5f60001';
const PUBLIC = 'subnet-0a1b2c3d4e5f60002';
const subnets = ok([ec2Subnet({ subnetId: PRIVATE }), ec2Subnet({ subnetId: PUBLIC, mapPublicIpOnLaunch: true })]);

const one = (overrides: Partial<EfsFileSystem>, ec2: Partial<Ec2Region> = { subnets }) =>
  run(
    check,
    buildInventory({ efs: efsSection([efsFileSystem('fs-1', 'us-east-1', overrides)]), ec2: ec2SectionWith('us-east-1', ec2) }),
  )[0];

describe('efs-file-system-mount-targets-private-subnets', () => {
  it('passes file systems whose mount targets are in private subnets', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe(`EFS file system fs-1 has its mount targets in subnets that assign no public IP addresses: ${PRIVATE}.`);
  });

  it('passes a file system without mount targets', () => {
    const r = one({ mountTargets: ok([]) });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('EFS file system fs-1 has no mount targets.');
  });

  it('fails a file system with a mount target in a subnet that assigns public IPs', () => {
    const r = one({
      mountTargets: ok([
        { mountTargetId: 'fsmt-1', subnetId: PRIVATE },
        { mountTargetId: 'fsmt-2', subnetId: PUBLIC },
      ]),
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(`EFS file system fs-1 has mount targets in subnets that assign public IP addresses on launch: ${PUBLIC}.`);
  });

  it('is UNKNOWN when a mount target subnet is not in the subnet list', () => {
    const r = one({ mountTargets: ok([{ mountTargetId: 'fsmt-3', subnetId: 'subnet-elsewhere' }]) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('EFS file system fs-1 has mount targets in subnets DescribeSubnets did not list: subnet-elsewhere.');
  });

  it('is UNKNOWN when elasticfilesystem:DescribeMountTargets is denied', () => {
    const r = one({ mountTargets: denied('elasticfilesystem:DescribeMountTargets') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('elasticfilesystem:DescribeMountTargets');
  });

  it('is UNKNOWN when ec2:DescribeSubnets is denied', () => {
    const r = one({}, { subnets: denied('ec2:DescribeSubnets') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSubnets');
  });
});
