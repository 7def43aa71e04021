import { accountRef, ageMs, defineCheck, fail, formatAge, missingData, olderThanDays, pass, unknown } from '../define-check.js';
import { latest, ROOT_ROW_MISSING, rowProblems } from './credentials.js';

export const iamRootNotRecentlyUsed = defineCheck({
  id: 'iam-root-not-recently-used',
  title: 'The root user is not used for everyday tasks',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { 'cis-3.0': ['1.7'], checklist: ['1.4'] },
  rationale:
    'The root user cannot be restricted by IAM policies; using it for routine work multiplies the chances its credentials are exposed. Only the few tasks that require root should use it.',
  remediation: {
    summary:
      'Use IAM roles or IAM Identity Center users for administration; keep the root user for the tasks that require it and investigate unexpected root sign-ins.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const report = inv.iam.credentialReport;
    if (!report.ok) return [unknown(account, report.error)];
    const root = report.value.root;
    if (!root)
      return [
        unknown(
          account,
          missingData('iam:GetCredentialReport', account.arn, ROOT_ROW_MISSING, { kind: 'not-supported' }),
          'Root user activity is unknown',
        ),
      ];
    const last = latest([root.passwordLastUsed, root.accessKey1LastUsedDate, root.accessKey2LastUsedDate]);
    const age = ageMs(last, ctx.now);
    const limit = ctx.settings.rootRecentUseDays;
    // A value that could not be read could hide a recent use: UNKNOWN, never PASS.
    const problems = rowProblems(root);
    if (problems.length > 0) {
      return [
        unknown(
          account,
          missingData('iam:GetCredentialReport', account.arn, `unreadable values in the root row: ${problems.join(', ')}`),
          'Root user activity is unknown',
        ),
      ];
    }
    if (age !== undefined && !olderThanDays(age, limit)) {
      return [fail(account, `The root user was last used ${formatAge(age)} ago, within the last ${limit} days.`)];
    }
    return [
      pass(
        account,
        age === undefined
          ? 'The root user has no recorded password or access key use.'
          : `The root user was last used ${formatAge(age)} ago.`,
      ),
    ];
  },
});
