import { accountRef, defineCheck, eachResource, fail, pass, unknown } from '../define-check.js';

export const s3BucketAclsDisabled = defineCheck({
  id: 's3-bucket-acls-disabled',
  title: 'S3 buckets have ACLs disabled (Object Ownership is bucket owner enforced)',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.12'], checklist: ['3.9'] },
  rationale:
    'With Object Ownership set to BucketOwnerEnforced, ACLs no longer grant anything: access is decided by IAM and bucket policies alone, which are easier to review, and objects uploaded by other accounts belong to the bucket owner.',
  remediation: {
    summary: 'Move any access that ACLs grant into the bucket policy, then set Object Ownership to BucketOwnerEnforced.',
    cli: "aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'",
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const own = bucket.ownershipControls;
      if (!own.ok) return unknown(bucket, own.error);
      const setting = own.value?.objectOwnership ?? null;
      if (setting === 'BucketOwnerEnforced')
        return pass(bucket, `S3 bucket ${bucket.name} has ACLs disabled (Object Ownership BucketOwnerEnforced).`);
      if (setting === null) return fail(bucket, `S3 bucket ${bucket.name} has no Object Ownership setting, so its ACLs are in force.`);
      return fail(bucket, `S3 bucket ${bucket.name} has Object Ownership ${setting}, so its ACLs are in force.`);
    }),
});
