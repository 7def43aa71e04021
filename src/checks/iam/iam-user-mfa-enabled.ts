import { accountRef, defineCheck, fail, pass } from '../define-check.js';
import { eachReportUser } from './credentials.js';

export const iamUserMfaEnabled = defineCheck({
  id: 'iam-user-mfa-enabled',
  title: 'Every IAM user has MFA enabled',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  frameworks: { fsbp: ['IAM.19'], checklist: ['1.6'] },
  rationale:
    'MFA on every user lets policies require it (aws:MultiFactorAuthPresent) for sensitive actions, and protects users that may be given a password later.',
  remediation: {
    summary: 'Assign an MFA device to every IAM user, or replace long-lived IAM users with roles and IAM Identity Center.',
    cli: 'aws iam enable-mfa-device --user-name <user> --serial-number <mfa-arn> --authentication-code1 <code1> --authentication-code2 <code2>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachReportUser(inv.iam, accountRef(ctx), (row) =>
      row.mfaActive === true ? pass(row, `IAM user ${row.user} has MFA enabled.`) : fail(row, `IAM user ${row.user} has no MFA device.`),
    ),
});
