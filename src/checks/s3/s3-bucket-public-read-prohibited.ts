import { accountRef, defineCheck, eachResource } from '../define-check.js';
import { assessPublicAccess, publicExposureResult } from './public-access.js';

export const s3BucketPublicReadProhibited = defineCheck({
  id: 's3-bucket-public-read-prohibited',
  title: 'S3 buckets are not publicly readable',
  service: 's3',
  severity: 'critical',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.2'], checklist: ['3.3'] },
  rationale:
    'A bucket whose ACL grants AllUsers or AuthenticatedUsers, or whose policy allows Get or List actions to Principal "*" without a restricting condition, lets anyone on the internet read its data. ' +
    'Block Public Access (IgnorePublicAcls, RestrictPublicBuckets) at bucket or account level and disabled ACLs are taken into account.',
  remediation: {
    summary:
      'Remove public ACL grants and public bucket policy statements (or restrict them with aws:SourceVpce, aws:PrincipalOrgID, ... conditions), and turn on Block Public Access.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) =>
      publicExposureResult(bucket, assessPublicAccess(bucket, inv.s3.accountPublicAccessBlock).read, 'read'),
    ),
});
