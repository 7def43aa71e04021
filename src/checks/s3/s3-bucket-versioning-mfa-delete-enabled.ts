import { accountRef, defineCheck, eachResource, fail, pass, unknown } from '../define-check.js';

/**
 * CIS AWS Foundations v3.0.0 2.1.2 ("Ensure MFA Delete is enabled on S3 buckets"): its audit reads
 * GetBucketVersioning and expects Status Enabled and MFADelete Enabled on every bucket, so an
 * unversioned bucket fails here. FSBP S3.20 differs (unversioned buckets and buckets with a
 * lifecycle configuration are out of its scope): s3-bucket-mfa-delete-enabled judges that.
 */
export const s3BucketVersioningMfaDeleteEnabled = defineCheck({
  id: 's3-bucket-versioning-mfa-delete-enabled',
  title: 'Every S3 bucket is versioned with MFA Delete enabled',
  service: 's3',
  severity: 'low',
  resourceType: 'AwsS3Bucket',
  frameworks: { 'cis-3.0': ['2.1.2'] },
  rationale:
    "MFA Delete requires the root user's MFA code to permanently delete an object version or suspend versioning; CIS asks for it on every bucket, and it needs versioning enabled to exist at all.",
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
      const { status, mfaDelete } = v.value;
      if (status === 'Enabled' && mfaDelete === 'Enabled')
        return pass(bucket, `S3 bucket ${bucket.name} is versioned with MFA Delete enabled.`);
      if (status !== 'Enabled')
        return fail(bucket, `S3 bucket ${bucket.name} has versioning ${status ?? 'never enabled'}, so MFA Delete does not protect it.`);
      return fail(bucket, `S3 bucket ${bucket.name} is versioned but MFA Delete is ${mfaDelete ?? 'never configured'}.`);
    }),
});
