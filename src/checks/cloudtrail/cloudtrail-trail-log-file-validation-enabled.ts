import { defineCheck, fail, pass } from '../define-check.js';
import { eachTrail } from './trails.js';

export const cloudtrailTrailLogFileValidationEnabled = defineCheck({
  id: 'cloudtrail-trail-log-file-validation-enabled',
  title: 'CloudTrail trails have log file validation enabled',
  service: 'cloudtrail',
  severity: 'low',
  resourceType: 'AwsCloudTrailTrail',
  frameworks: { fsbp: ['CloudTrail.4'], 'cis-3.0': ['3.2'], checklist: ['5.2'] },
  rationale:
    'Log file validation adds signed digest files, so tampering with or deleting delivered log files can be detected; without it an intruder can edit the audit record unnoticed.',
  remediation: {
    summary: 'Enable log file validation on the trail.',
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html',
  },
  reads: ['cloudtrail'],
  evaluate: (inv, ctx) =>
    eachTrail(inv.cloudtrail, ctx, (trail) =>
      trail.logFileValidationEnabled
        ? pass(trail, `Trail ${trail.name} has log file validation enabled.`)
        : fail(trail, `Trail ${trail.name} has log file validation disabled.`),
    ),
});
