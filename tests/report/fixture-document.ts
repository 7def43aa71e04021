/**
 * Small findings documents written out in full (no checks run, no framework catalogue read), so
 * golden files change only when a renderer does.
 */
import type { Finding, FindingsDocument } from '../../src/evaluate/finding.js';
import type { CheckMetaDoc } from '../../src/checks/meta.js';
import { compareFindings, summarize } from '../../src/evaluate/run.js';
import type { Severity, Status } from '../../src/model/vocabulary.js';

export const ACCOUNT = '111122223333';

export function meta(id: string, severity: Severity, title = `Title of ${id}`): CheckMetaDoc {
  return {
    id,
    title,
    service: id.split('-')[0] ?? 'test',
    severity,
    resourceType: 'AwsS3Bucket',
    frameworks: { fsbp: [], 'cis-3.0': [], 'cis-5.0': [], checklist: [] },
    rationale: 'Why it matters.',
    remediation: { summary: 'Fix it.', docs: 'https://docs.aws.amazon.com/' },
  };
}

export function finding(check: CheckMetaDoc, resource: string, status: Status, extra: Partial<Finding> = {}): Finding {
  return {
    checkId: check.id,
    title: check.title,
    status,
    severity: check.severity,
    service: check.service,
    accountId: ACCOUNT,
    region: 'us-east-1',
    resourceArn: `arn:aws:s3:::${resource}`,
    resourceType: check.resourceType,
    reason: `Bucket ${resource} is ${status}.`,
    frameworks: check.frameworks,
    ...extra,
  };
}

export function documentOf(checks: CheckMetaDoc[], findings: Finding[], overrides: Partial<FindingsDocument> = {}): FindingsDocument {
  const sorted = [...findings].sort(compareFindings);
  return {
    schemaVersion: 1,
    tool: { name: 'bulwark', version: '0.0.0-test' },
    account: { id: ACCOUNT, partition: 'aws' },
    startedAt: '2026-11-30T10:00:00.000Z',
    finishedAt: '2026-11-30T10:05:00.000Z',
    asOf: '2026-11-30T10:05:00.000Z',
    regions: { scanned: ['eu-west-1', 'us-east-1'], skipped: [{ region: 'ap-east-1', reason: 'not enabled' }] },
    summary: summarize(sorted),
    compliance: [
      {
        framework: 'cis-3.0',
        name: 'CIS Amazon Web Services Foundations Benchmark',
        version: '3.0.0',
        controls: 4,
        byStatus: { FAIL: 1, UNKNOWN: 1, MUTED: 0, PASS: 1, MANUAL: 0, NOT_APPLICABLE: 0, NOT_CHECKED: 1 },
        percent: 33.3,
        sections: [],
      },
      {
        framework: 'checklist',
        name: 'Bulwark checklist',
        version: '1',
        controls: 2,
        byStatus: { FAIL: 0, UNKNOWN: 0, MUTED: 0, PASS: 0, MANUAL: 0, NOT_APPLICABLE: 0, NOT_CHECKED: 2 },
        percent: null,
        sections: [],
      },
    ],
    checks,
    findings: sorted,
    errors: [],
    ...overrides,
  };
}

/** A small account: failures of every severity, an UNKNOWN, passes. */
export function sampleDocument(): FindingsDocument {
  const checks = [
    meta('s3-bucket-public-read-prohibited', 'critical', 'S3 buckets are not publicly readable'),
    meta('iam-user-mfa-enabled', 'high', 'IAM users with a console password have MFA'),
    meta('ec2-volume-encrypted', 'medium', 'EBS volumes are encrypted'),
    meta('sqs-queue-tagged', 'low', 'SQS queues are tagged'),
  ];
  const [s3, iam, ec2, sqs] = checks as [CheckMetaDoc, CheckMetaDoc, CheckMetaDoc, CheckMetaDoc];
  return documentOf(checks, [
    finding(s3, 'public-assets', 'FAIL', { reason: 'S3 bucket public-assets is readable by AllUsers.' }),
    finding(s3, 'logs', 'PASS'),
    finding(iam, 'alice', 'FAIL', {
      resourceArn: 'arn:aws:iam::111122223333:user/alice',
      region: 'global',
      reason: 'IAM user alice has no MFA.',
    }),
    finding(iam, 'bob', 'FAIL', {
      resourceArn: 'arn:aws:iam::111122223333:user/bob',
      region: 'global',
      reason: 'IAM user bob has no MFA.',
    }),
    finding(ec2, 'vol', 'UNKNOWN', {
      resourceArn: 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-1',
      region: 'eu-west-1',
      reason: 'Could not read EBS volumes (ec2:DescribeVolumes denied).',
    }),
    finding(sqs, 'q', 'FAIL', { resourceArn: 'arn:aws:sqs:us-east-1:111122223333:jobs', reason: 'SQS queue jobs has no tags.' }),
  ]);
}

/** Hostile strings from the brief: every output format must keep them inert. */
export const HOSTILE = [
  'quote " and \' comma , semicolon ;',
  'line one\nline two\r\nline three',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  ']]> & &amp; &lt;',
  'pipe | in | cell',
  'back\\slash \\| escaped pipe',
  '`tick` ``double`` ```fence```',
  '[click](https://evil.example/) ![img](https://evil.example/x.png)',
  '*bold* _em_ ~~strike~~ $x$',
  '@octocat and @org/team',
  'unicode ünïcødé 日本語 🚀 \u202eevil\u202c',
  'esc \u001b[2J bell \u0007',
];
