import { defineCheck, fail, pass } from '../define-check.js';
import { eachDefaultLaunchTemplateVersion } from './lib/launch-templates.js';

export const ec2LaunchTemplateEbsEncrypted = defineCheck({
  id: 'ec2-launch-template-ebs-encrypted',
  title: 'EC2 launch templates do not turn off encryption of their EBS volumes',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2LaunchTemplate',
  frameworks: { fsbp: ['EC2.181'] },
  rationale:
    "Volumes launched unencrypted keep their data, and every snapshot of it, readable to anyone who gets a copy. As Security Hub EC2.181 documents it, a template fails when any EBS volume of its default version sets Encrypted to false; a volume that leaves Encrypted unset follows the account's EBS encryption by default (EC2.7) and the snapshot it is created from.",
  remediation: {
    summary: 'Create a template version with Encrypted true on every EBS block device mapping and make it the default.',
    cli: 'aws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <version>',
    docs: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachDefaultLaunchTemplateVersion(ctx, inv.ec2.regions, (v, d, label) => {
      const off = d.blockDeviceMappings.filter((b) => b.ebs && b.encrypted === false);
      if (off.length > 0)
        return fail(v, `${label} sets Encrypted to false for ${off.map((b) => b.deviceName ?? 'an EBS volume').join(', ')}.`);
      const ebs = d.blockDeviceMappings.filter((b) => b.ebs);
      const unset = ebs.filter((b) => b.encrypted === null).length;
      return pass(
        v,
        ebs.length === 0
          ? `${label} configures no EBS volumes.`
          : `${label} does not turn off encryption for its ${ebs.length} EBS volume${ebs.length === 1 ? '' : 's'}${unset > 0 ? ` (${unset} leave Encrypted unset, following the account default)` : ''}.`,
      );
    }),
});
