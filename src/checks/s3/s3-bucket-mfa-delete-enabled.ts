import { accountRef, defineCheck, eachResource, fail, notApplicable, pass, unknown } from '../define-check.js';

export const s3BucketMfaDeleteEnabled = defineCheck({
  id: 's3-bucket-mfa-delete-enabled',
  title: 'Versioned S3 buckets have MFA Delete enabled',
  service: 's3',
  severity: 'low',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.20'], checklist: ['3.6'] },
  rationale:
    "MFA Delete requires the root user's MFA code to permanently delete an object version or suspend versioning, so stolen credentials alone cannot destroy the version history. " +
    'As in FSBP S3.20, only versioned buckets are in scope, and buckets with a lifecycle configuration are not applicable because S3 does not allow MFA Delete together with lifecycle rules.',
  remediation: {
    summary: 'As the root user with its MFA device, enable versioning with MFA Delete on the bucket.',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<root-mfa-serial> <code>"',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const v = bucket.versioning;
      if (!v.ok) return unknown(bucket, v.error);
      if (v.value.mfaDelete === 'Enabled') return pass(bucket, `S3 bucket ${bucket.name} has MFA Delete enabled.`);
      if (v.value.status === null) {
        return notApplicable(
          bucket,
          `S3 bucket ${bucket.name} is not versioned, so MFA Delete does not apply (see s3-bucket-versioning-enabled).`,
        );
      }
      const lc = bucket.lifecycle;
      if (!lc.ok)
        return unknown(
          bucket,
          lc.error,
          `Whether MFA Delete applies to S3 bucket ${bucket.name} (it cannot be combined with lifecycle rules) could not be decided`,
        );
      if (lc.value && lc.value.rules.length > 0) {
        return notApplicable(
          bucket,
          `S3 bucket ${bucket.name} has a lifecycle configuration, which S3 does not allow together with MFA Delete.`,
        );
      }
      return fail(
        bucket,
        `S3 bucket ${bucket.name} has versioning ${v.value.status} but MFA Delete ${v.value.mfaDelete ?? 'never configured'}.`,
      );
    }),
});
