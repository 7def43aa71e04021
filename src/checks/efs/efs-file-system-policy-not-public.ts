import { defineCheck, eachRegional, fail, missingData, pass, unknown } from '../define-check.js';
import { parsePolicy, publicAccess } from '../lib/policy/index.js';
import { fileSystemLabel } from './label.js';

/** The NFS client actions a file system policy can grant (mount, write, root access). */
const CLIENT_ACTIONS = ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'];

/**
 * Not a Security Hub control: a file system policy that grants the NFS client actions to every
 * principal without a condition pinning the caller, judged by the one policy engine. Without a
 * policy, EFS applies its default (any client that can reach a mount target), which this check
 * leaves to the network checks, as IAM Access Analyzer does.
 */
export const efsFileSystemPolicyNotPublic = defineCheck({
  id: 'efs-file-system-policy-not-public',
  title: 'EFS file system policies do not grant access to everyone',
  service: 'efs',
  severity: 'high',
  resourceType: 'AwsEfsFileSystem',
  frameworks: {},
  rationale:
    'A file system policy that allows every principal to mount, write or act as root lets any AWS identity, in any account, use the file system from wherever it can reach a mount target.',
  remediation: {
    summary:
      'Name the principals allowed in the file system policy, or add conditions that pin the caller (aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpc).',
    console: 'EFS console > File systems > the file system > File system policy > Edit.',
    docs: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
  },
  reads: ['efs'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.efs.regions, 'fileSystems', 'elasticfilesystem', (fs, _data, region) => {
      if (!fs.policy.ok) return unknown(fs, fs.policy.error);
      const label = fileSystemLabel(fs);
      if (fs.policy.value === null)
        return pass(fs, `EFS file system ${label} has no file system policy, so no principal is granted access by policy.`);
      const parsed = parsePolicy(fs.policy.value);
      if (!parsed.ok)
        return unknown(
          fs,
          missingData(
            'elasticfilesystem:DescribeFileSystemPolicy',
            fs.arn,
            `the policy is not a readable policy document (${parsed.reason})`,
            {
              region,
            },
          ),
          `Whether EFS file system ${label} is public could not be decided`,
        );
      const { grants } = publicAccess(parsed.policy, { actions: CLIENT_ACTIONS });
      if (grants.length === 0) return pass(fs, `EFS file system ${label} has a file system policy that grants no NFS access to everyone.`);
      return fail(
        fs,
        `EFS file system ${label} has a file system policy that grants ${[...new Set(grants.flatMap((g) => g.families))].join(', ')} to everyone in ${grants.map((g) => g.label).join(', ')}.`,
      );
    }),
});
