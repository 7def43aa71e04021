import { accountRef, defineCheck, eachResource, fail, pass, unknown } from '../define-check.js';
import { allBlocked, settingsOff } from './public-access.js';

export const s3BucketPublicAccessBlockEnabled = defineCheck({
  id: 's3-bucket-public-access-block-enabled',
  title: 'S3 buckets have all bucket-level Block Public Access settings on',
  service: 's3',
  severity: 'high',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.8'], 'cis-3.0': ['2.1.4'], checklist: ['3.2'] },
  rationale:
    'Bucket-level Block Public Access keeps a bucket private even if the account-level setting is relaxed later, and stops a public ACL or policy from being applied to it. ' +
    'This check follows FSBP S3.8 and looks at the bucket-level settings only; the reason says when the account level currently covers the bucket.',
  remediation: {
    summary: 'Turn on all four Block Public Access settings on the bucket.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) => {
    const account = inv.s3.accountPublicAccessBlock;
    // Said in the FAIL reason only; a FAIL stays a FAIL (S3.8 is about the bucket's own settings).
    const covered =
      account.ok && allBlocked(account.value) ? ' (account-level Block Public Access is fully on and currently covers it)' : '';
    return eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const bpa = bucket.publicAccessBlock;
      if (!bpa.ok) return unknown(bucket, bpa.error);
      if (allBlocked(bpa.value)) return pass(bucket, `S3 bucket ${bucket.name} has all four bucket-level Block Public Access settings on.`);
      if (!bpa.value) return fail(bucket, `S3 bucket ${bucket.name} has no bucket-level Block Public Access configuration${covered}.`);
      return fail(
        bucket,
        `S3 bucket ${bucket.name} has bucket-level Block Public Access settings off: ${settingsOff(bpa.value).join(', ')}${covered}.`,
      );
    });
  },
});
