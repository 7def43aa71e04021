import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const ec2SnapshotNotPublic = defineCheck({
  id: 'ec2-snapshot-not-public',
  title: 'EBS snapshots are not publicly restorable',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'Other',
  frameworks: { fsbp: ['EC2.1'], checklist: ['3.13'] },
  rationale:
    'A public snapshot can be restored into a volume by any AWS account, handing over the whole disk: data, credentials and keys stored on it.',
  remediation: {
    summary:
      'Remove the "all" group from the snapshot\'s createVolumePermission, and share with specific accounts only when needed; consider block public access for snapshots.',
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snapshot-id> --attribute createVolumePermission --operation-type remove --group-names all',
    docs: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'snapshots', 'ec2', (s) => {
      if (!s.createVolumePermissions.ok) return unknown(s, s.createVolumePermissions.error);
      const grants = s.createVolumePermissions.value;
      if (grants.some((g) => g.group === 'all'))
        return fail(s, `EBS snapshot ${s.snapshotId} is publicly restorable (createVolumePermission group all).`);
      const accounts = grants.filter((g) => g.userId).length;
      return pass(s, `EBS snapshot ${s.snapshotId} is not public${accounts > 0 ? ` (shared with ${accounts} account(s))` : ''}.`);
    }),
});
