/**
 * A small fixed findings document for the machine formats' golden and hostile-string tests:
 * every status (MUTED included), a global account-level finding, and a resource whose name and
 * reason carry the strings each format must escape.
 */
import { accountRef, defineCheck, fail, manual, notApplicable, pass, unknown } from '../../../src/checks/define-check.js';
import { evaluateInventory, withDerivedTotals } from '../../../src/evaluate/run.js';
import type { FindingsDocument } from '../../../src/evaluate/finding.js';
import type { AnyCheck } from '../../../src/checks/types.js';
import { buildInventory, NOW } from '../../builders/index.js';

export const HOSTILE =
  'q"uote, comma\nnew\rline <img src=x onerror=alert(1)> </script><script>alert(1)</script> & ]]> ünï€😀 \u0000\u0007\u001b[2J\u0008 =cmd|calc';

const bucketCheck = defineCheck({
  id: 'test-bucket-private',
  title: 'S3 buckets are private',
  service: 's3',
  severity: 'high',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.8'], 'cis-3.0': ['2.1.4'], checklist: ['4.1'] },
  rationale: 'A public bucket exposes its objects to anyone.',
  remediation: {
    summary: 'Turn on Block Public Access for the bucket.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  },
  reads: [],
  evaluate: () => [
    fail({ arn: 'arn:aws:s3:::open-bucket', region: 'us-east-1' }, 'S3 bucket open-bucket allows public reads.'),
    pass({ arn: 'arn:aws:s3:::closed-bucket', region: 'us-east-1' }, 'S3 bucket closed-bucket blocks public access.'),
    fail({ arn: 'arn:aws:s3:::muted-bucket', region: 'eu-west-1' }, 'S3 bucket muted-bucket allows public reads.'),
    unknown(
      { arn: 'arn:aws:s3:::unread-bucket', region: 'eu-west-1' },
      {
        action: 's3:GetBucketPolicy',
        kind: 'access-denied',
        target: 'arn:aws:s3:::unread-bucket',
        region: 'eu-west-1',
        message: 'AccessDenied',
      },
    ),
    notApplicable({ arn: 'arn:aws:s3:::other-bucket', region: 'us-east-1' }, 'S3 bucket other-bucket is in another account.'),
  ],
}) as AnyCheck;

const rootCheck = defineCheck({
  id: 'test-root-mfa',
  title: 'The root user has MFA',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.9'], 'cis-3.0': ['1.5'] },
  rationale: 'The root user can do anything in the account.',
  remediation: { summary: 'Enable MFA for the root user.', docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html' },
  reads: [],
  evaluate: (_inv, ctx) => [fail(accountRef(ctx), 'The root user has no MFA device.')],
}) as AnyCheck;

const manualCheck = defineCheck({
  id: 'test-manual-review',
  title: 'Security contacts are reviewed',
  service: 'account',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: {},
  rationale: 'Only a person can tell whether contacts are current.',
  remediation: {
    summary: 'Review the contacts.',
    docs: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [manual(accountRef(ctx, 'us-east-1', 'account'), 'Review the security contact by hand.')],
}) as AnyCheck;

const hostileCheck = defineCheck({
  id: 'test-hostile-names',
  title: 'Resources with hostile names are reported safely',
  service: 'sqs',
  severity: 'medium',
  resourceType: 'AwsSqsQueue',
  frameworks: { checklist: ['9.9'] },
  rationale: 'Names come from the account and may be hostile.',
  remediation: { summary: 'Rename the queue.', docs: 'https://docs.aws.amazon.com/sqs/' },
  reads: [],
  evaluate: () => [fail({ arn: `arn:aws:sqs:us-east-1:123456789012:${HOSTILE}`, region: 'us-east-1' }, `Queue ${HOSTILE} is open.`)],
}) as AnyCheck;

/** The fixed document; `hostile` adds the check whose resource name and reason carry HOSTILE. */
export function machineDoc(options: { hostile?: boolean } = {}): FindingsDocument {
  const checks = [bucketCheck, rootCheck, manualCheck, ...(options.hostile ? [hostileCheck] : [])];
  const doc = evaluateInventory(buildInventory(), checks, { now: NOW, tool: { name: 'bulwark', version: '0.0.0-test' } });
  // A mutelist rule muted one failure (as src/evaluate's mutelist does: original status kept).
  const findings = doc.findings.map((f) =>
    f.resourceArn === 'arn:aws:s3:::muted-bucket'
      ? {
          ...f,
          status: 'MUTED' as const,
          muted: {
            originalStatus: 'FAIL' as const,
            reason: `Accepted risk, ticket SEC-42${options.hostile ? HOSTILE : ''}`,
            rule: 'mutelist.yaml#1',
          },
        }
      : f,
  );
  // Fixed times, so the golden files do not change from run to run.
  return withDerivedTotals({ ...doc, findings, startedAt: '2026-12-01T10:00:00.000Z', finishedAt: '2026-12-01T10:05:00.000Z' });
}
