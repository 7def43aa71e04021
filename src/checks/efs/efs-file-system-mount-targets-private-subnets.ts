import { defineCheck, eachRegional, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { fileSystemLabel } from './label.js';

export const efsFileSystemMountTargetsPrivateSubnets = defineCheck({
  id: 'efs-file-system-mount-targets-private-subnets',
  title: 'EFS mount targets are not in subnets that assign public IP addresses on launch',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsFileSystem',
  // FSBP EFS.6 (AWS Config efs-mount-target-public-accessible): fails when a mount target of the
  // file system is in a subnet whose MapPublicIpOnLaunch is true.
  frameworks: { fsbp: ['EFS.6'] },
  rationale:
    'A subnet that gives instances public IP addresses is meant to be reachable from the internet; mount targets belong in private subnets so that only the security groups and routes of the VPC decide who reaches NFS.',
  remediation: {
    summary:
      'Move the mount target to a private subnet (delete it and create one in a subnet without auto-assigned public IPs), or turn off public IP assignment on the subnet.',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    docs: 'https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html',
  },
  reads: ['efs', 'ec2'],
  evaluate: (inv, ctx) => {
    // A region's subnets by id, built once per evaluation (per file system it was quadratic).
    const indexes = new Map<object, Map<string, { mapPublicIpOnLaunch?: boolean | null | undefined }>>();
    return eachRegional(ctx, inv.efs.regions, 'fileSystems', 'elasticfilesystem', (fs, _data, region) => {
      if (!fs.mountTargets.ok) return unknown(fs, fs.mountTargets.error);
      const label = fileSystemLabel(fs);
      if (fs.mountTargets.value.length === 0) return pass(fs, `EFS file system ${label} has no mount targets.`);
      const subnets = inv.ec2.regions[region]?.subnets;
      if (!subnets) return unknown(fs, missingData('ec2:DescribeSubnets', fs.arn, 'the region was not read', { region }));
      if (!subnets.ok) return unknown(fs, subnets.error);
      let byId = indexes.get(subnets.value);
      if (!byId) indexes.set(subnets.value, (byId = new Map(subnets.value.map((s) => [s.subnetId, s]))));
      const targets = fs.mountTargets.value;
      const publicOnes = targets.filter((t) => byId.get(t.subnetId)?.mapPublicIpOnLaunch === true).map((t) => t.subnetId);
      if (publicOnes.length > 0)
        return fail(
          fs,
          `EFS file system ${label} has mount targets in subnets that assign public IP addresses on launch: ${publicOnes.join(', ')}.`,
        );
      const unseen = targets.filter((t) => !byId.has(t.subnetId)).map((t) => t.subnetId);
      if (unseen.length > 0)
        return undecided(fs, `EFS file system ${label} has mount targets in subnets DescribeSubnets did not list: ${unseen.join(', ')}.`);
      return pass(
        fs,
        `EFS file system ${label} has its mount targets in subnets that assign no public IP addresses: ${targets.map((t) => t.subnetId).join(', ')}.`,
      );
    });
  },
});
