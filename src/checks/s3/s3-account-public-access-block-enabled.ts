import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';
import { allBlocked, settingsOff } from './public-access.js';

export const s3AccountPublicAccessBlockEnabled = defineCheck({
  id: 's3-account-public-access-block-enabled',
  title: 'S3 Block Public Access is fully enabled at account level',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['S3.1'], 'cis-3.0': ['2.1.4'], checklist: ['3.1'] },
  rationale:
    'Account-level Block Public Access overrides every bucket ACL and policy in the account, so one mistaken grant on any current or future bucket cannot expose data to the internet.',
  remediation: {
    summary:
      'Turn on all four account-level Block Public Access settings (after checking that no bucket must stay public, such as a static website origin).',
    cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const bpa = inv.s3.accountPublicAccessBlock;
    if (!bpa.ok) return [unknown(account, bpa.error)];
    if (allBlocked(bpa.value)) return [pass(account, `Account ${ctx.accountId} has all four S3 Block Public Access settings on.`)];
    if (!bpa.value) return [fail(account, `Account ${ctx.accountId} has no account-level S3 Block Public Access configuration.`)];
    return [
      fail(
        account,
        `Account ${ctx.accountId} has account-level S3 Block Public Access settings off: ${settingsOff(bpa.value).join(', ')}.`,
      ),
    ];
  },
});
