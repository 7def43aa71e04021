import { accountRef, defineCheck, fail, pass } from '../define-check.js';
import { eachReportUser } from './credentials.js';

export const iamUserConsoleMfaEnabled = defineCheck({
  id: 'iam-user-console-mfa-enabled',
  title: 'IAM users with a console password have MFA enabled',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  frameworks: { fsbp: ['IAM.5'], 'cis-3.0': ['1.10'], checklist: ['1.5'] },
  rationale:
    'A console password alone can be phished, guessed or reused from another breach; MFA stops a stolen password from being enough to sign in.',
  remediation: {
    summary:
      'Assign an MFA device to every IAM user that has a console password, or remove the password and move the person to IAM Identity Center.',
    cli: 'aws iam enable-mfa-device --user-name <user> --serial-number <mfa-arn> --authentication-code1 <code1> --authentication-code2 <code2>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachReportUser(inv.iam, accountRef(ctx), (row) => {
      if (row.passwordEnabled !== true) return undefined;
      return row.mfaActive === true
        ? pass(row, `IAM user ${row.user} has a console password and MFA enabled.`)
        : fail(row, `IAM user ${row.user} has a console password but no MFA device.`);
    }),
});
