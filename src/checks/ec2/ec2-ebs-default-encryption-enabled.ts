import { accountRef, defineCheck, eachRegion, fail, pass, unknown } from '../define-check.js';

export const ec2EbsDefaultEncryptionEnabled = defineCheck({
  id: 'ec2-ebs-default-encryption-enabled',
  title: 'EBS encryption by default is enabled in every region',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['EC2.7'], 'cis-3.0': ['2.2.1'], checklist: ['3.11'] },
  rationale:
    'With encryption by default on, every new EBS volume and snapshot copy in the region is encrypted, so no launch template or script can create unencrypted storage by omission.',
  remediation: {
    summary: 'Enable EBS encryption by default in every region (optionally choose a customer managed KMS key as the default).',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    docs: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.ec2.regions, (region, r) => {
      const account = accountRef(ctx, region, 'ec2');
      if (!r.ebsEncryptionByDefault.ok) return unknown(account, r.ebsEncryptionByDefault.error);
      return r.ebsEncryptionByDefault.value
        ? pass(account, `EBS encryption by default is enabled in ${region}.`)
        : fail(account, `EBS encryption by default is disabled in ${region}.`);
    }),
});
