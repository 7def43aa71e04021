import { defineCheck, fail, manual, notApplicable, pass, unknown } from '../../src/checks/define-check.js';
import { evaluateInventory, withDerivedTotals } from '../../src/evaluate/run.js';
import type { FindingsDocument } from '../../src/evaluate/finding.js';
import type { AnyCheck } from '../../src/checks/types.js';
import { buildInventory, NOW, readError } from '../builders/index.js';

/**
 * A small findings document for the HTML report's tests: every kind of value that can come from an
 * account carries a hostile string, and the statuses, severities, services and regions vary so the
 * browser test can see filters change the rows.
 */

export const IMG = '<img src=x onerror=alert(1)>';
export const SCRIPT = '</script><script>alert(1)</script>';
/** Quotes, comma, newline, markup, CDATA end, line/paragraph separators, non-ASCII. */
export const MIXED = `"q" 'a', b\nc <b>bold</b> & ]]> \u2028\u2029 ü 漢 <!-- x`;

export const HOSTILE_ARN = `arn:aws:s3:::${IMG}`;
export const SCRIPT_ARN = `arn:aws:s3:::${SCRIPT}`;

const hostile = defineCheck({
  id: 'test-hostile-names',
  title: `Hostile title ${IMG} ${MIXED}`,
  service: `svc${IMG}`,
  severity: 'critical',
  resourceType: 'AwsS3Bucket',
  frameworks: { 'cis-3.0': ['1.4'], fsbp: ['S3.1'], checklist: ['1.1'] },
  rationale: `Rationale ${SCRIPT} ${MIXED}`,
  remediation: {
    summary: `Fix summary ${IMG}`,
    cli: `aws s3api put-public-access-block --bucket <bucket> ${SCRIPT}`,
    console: `Open <Console> & click ${IMG}`,
    docs: 'javascript:alert(1)',
  },
  reads: [],
  evaluate: () => [
    fail({ arn: HOSTILE_ARN, region: 'us-east-1' }, `S3 bucket ${IMG} is public; tag Owner=${MIXED}.`),
    fail({ arn: SCRIPT_ARN, region: 'eu-west-1' }, `S3 bucket ${SCRIPT} is public.`),
    fail({ arn: 'arn:aws:s3:::to-be-muted', region: 'eu-west-1' }, 'S3 bucket to-be-muted is public.'),
    unknown(
      { arn: 'arn:aws:s3:::unreadable', region: 'us-east-1' },
      readError(`s3:GetBucketPolicy${IMG}`, { target: 'arn:aws:s3:::unreadable', region: 'us-east-1' }),
    ),
  ],
}) as AnyCheck;

const plain = defineCheck({
  id: 'test-plain-encrypted',
  title: 'Volumes are encrypted',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2Volume',
  frameworks: { fsbp: ['EC2.3'] },
  rationale: 'Unencrypted volumes expose data at rest.',
  remediation: {
    summary: 'Enable EBS encryption by default.',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    docs: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  },
  reads: [],
  evaluate: () => [
    fail({ arn: 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-aaa', region: 'eu-west-1' }, 'Volume vol-aaa is not encrypted.'),
    pass({ arn: 'arn:aws:ec2:us-east-1:111122223333:volume/vol-bbb', region: 'us-east-1' }, 'Volume vol-bbb is encrypted.'),
    pass({ arn: 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-ccc', region: 'eu-west-1' }, 'Volume vol-ccc is encrypted.'),
    notApplicable({ arn: 'arn:aws:ec2:us-east-1:111122223333:account', region: 'us-east-1' }, 'No volumes in us-east-1.'),
    manual({ arn: 'arn:aws:ec2:eu-west-1:111122223333:account', region: 'eu-west-1' }, 'Review volume snapshots by hand.'),
  ],
}) as AnyCheck;

export const MUTE_REASON = `Accepted risk <i>${IMG}</i>`;

/** The fixed document: deterministic (NOW, fixed finishedAt), one finding muted like a mutelist would. */
export function hostileDocument(): FindingsDocument {
  const inv = buildInventory();
  inv.regions.skipped = [{ region: 'ap-south-2', reason: `opt-in ${IMG}` }];
  const doc = evaluateInventory(inv, [hostile, plain], { now: NOW, finishedAt: new Date('2026-06-15T12:05:00Z') });
  const findings = doc.findings.map((f) =>
    f.resourceArn === 'arn:aws:s3:::to-be-muted' && f.status !== 'MUTED'
      ? {
          ...f,
          status: 'MUTED' as const,
          muted: { originalStatus: f.status, reason: MUTE_REASON, rule: 'mutelist.yaml rule 1', expires: '2027-01-01' },
        }
      : f,
  );
  return withDerivedTotals({
    ...doc,
    findings,
    errors: [
      ...doc.errors,
      { action: `s3:GetBucketPolicy${IMG}`, kind: 'access-denied', target: SCRIPT_ARN, region: 'us-east-1', message: `Denied ${MIXED}` },
    ],
  });
}
