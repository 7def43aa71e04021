import { accountRef, defineCheck, fail, pass } from '../define-check.js';
import { eachReportUser, reportKeys } from './credentials.js';

/**
 * Checklist 2.6, a Bulwark judgment with no Security Hub control: every active access key of an
 * IAM user is a long-lived secret, where roles (STS temporary credentials: instance profiles,
 * execution roles, OIDC federation for CI, IAM Identity Center for people) give the same access
 * with credentials that expire. Root's keys have their own check (IAM.4).
 */
export const iamUserNoLongLivedAccessKeys = defineCheck({
  id: 'iam-user-no-long-lived-access-keys',
  title: 'IAM users have no active access keys (roles and temporary credentials are used instead)',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsIamUser',
  frameworks: { checklist: ['2.6'] },
  rationale:
    'An access key is valid until someone deletes it, so a copy in a laptop, a CI log or a repository keeps working; role credentials from STS expire within hours and are issued only to the workload or person that may assume the role.',
  remediation: {
    summary:
      "Give workloads an IAM role (instance profile, task or execution role, OIDC federation for CI/CD) and people IAM Identity Center access; then deactivate and delete the user's access keys.",
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachReportUser(inv.iam, accountRef(ctx), (row) => {
      const active = reportKeys(row).filter((k) => k.active);
      return active.length > 0
        ? fail(
            row,
            `IAM user ${row.user} has ${active.length === 1 ? `an active long-lived access key (key ${active[0]?.n})` : 'two active long-lived access keys'}; a role with temporary credentials would do instead.`,
          )
        : pass(row, `IAM user ${row.user} has no active access key.`);
    }),
});
