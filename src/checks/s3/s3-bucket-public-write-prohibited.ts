import { accountRef, defineCheck, eachResource } from '../define-check.js';
import { assessPublicAccess, publicExposureResult } from './public-access.js';

export const s3BucketPublicWriteProhibited = defineCheck({
  id: 's3-bucket-public-write-prohibited',
  title: 'S3 buckets are not publicly writable',
  service: 's3',
  severity: 'critical',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.3'], checklist: ['3.3'] },
  rationale:
    "A bucket that anyone can write to can be filled with malware or illegal content at the owner's cost, and its existing objects overwritten or deleted. " +
    'ACL grants of WRITE, WRITE_ACP or FULL_CONTROL to AllUsers or AuthenticatedUsers and policy statements allowing Put, Delete or similar actions to Principal "*" count, unless Block Public Access neutralises them.',
  remediation: {
    summary: 'Remove public write ACL grants and public bucket policy statements that allow writes, and turn on Block Public Access.',
    cli: 'aws s3api put-bucket-acl --bucket <bucket> --acl private && aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) =>
      publicExposureResult(bucket, assessPublicAccess(bucket, inv.s3.accountPublicAccessBlock).write, 'write'),
    ),
});
