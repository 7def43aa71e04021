import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const ec2VolumeEncrypted = defineCheck({
  id: 'ec2-volume-encrypted',
  title: 'Attached EBS volumes are encrypted at rest',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Volume',
  frameworks: { fsbp: ['EC2.3'], checklist: ['3.12'] },
  rationale:
    'An unencrypted volume, and every snapshot taken of it, exposes its data to anyone who can read the snapshot or the underlying storage; KMS encryption adds key-level access control and audit.',
  remediation: {
    summary:
      'Snapshot the volume, copy the snapshot with encryption enabled, create a volume from the encrypted copy and swap it in; enable EBS encryption by default to prevent new ones.',
    cli: 'aws ec2 create-snapshot --volume-id <volume-id> && aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --encrypted --kms-key-id <key-id> && aws ec2 create-volume --snapshot-id <encrypted-snapshot-id> --availability-zone <az> --volume-type <type>',
    docs: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'volumes', 'ec2', (v) => {
      // FSBP EC2.3 covers attached volumes only.
      const attachedTo = v.attachments.filter((a) => a.state !== 'detached').map((a) => a.instanceId);
      if (attachedTo.length === 0) return undefined;
      return v.encrypted
        ? pass(v, `EBS volume ${v.volumeId} attached to ${attachedTo.join(', ')} is encrypted${v.kmsKeyId ? ` with ${v.kmsKeyId}` : ''}.`)
        : fail(v, `EBS volume ${v.volumeId} attached to ${attachedTo.join(', ')} is not encrypted.`);
    }),
});
