import { defineCheck, fail, pass } from '../define-check.js';
import { eachTrail } from './trails.js';

export const cloudtrailTrailKmsEncryptionEnabled = defineCheck({
  id: 'cloudtrail-trail-kms-encryption-enabled',
  title: 'CloudTrail trails encrypt log files with a KMS key',
  service: 'cloudtrail',
  severity: 'medium',
  resourceType: 'AwsCloudTrailTrail',
  frameworks: { fsbp: ['CloudTrail.2'], 'cis-3.0': ['3.5'], checklist: ['5.3'] },
  rationale:
    'With SSE-KMS, reading the logs needs kms:Decrypt on a customer managed key as well as S3 access, so a leaked bucket permission alone does not expose the audit trail, and key use is itself logged.',
  remediation: {
    summary: 'Configure the trail to encrypt log files with a customer managed KMS key whose policy lets CloudTrail encrypt.',
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn>',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  },
  reads: ['cloudtrail'],
  evaluate: (inv, ctx) =>
    eachTrail(inv.cloudtrail, ctx, (trail) =>
      trail.kmsKeyId
        ? pass(trail, `Trail ${trail.name} encrypts log files with KMS key ${trail.kmsKeyId}.`)
        : fail(trail, `Trail ${trail.name} does not encrypt log files with a KMS key (SSE-S3 only).`),
    ),
});
