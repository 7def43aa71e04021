import {
  accountRef,
  ageMs,
  formatAge,
  olderThanDays,
  defineCheck,
  eachResource,
  fail,
  missingData,
  notApplicable,
  pass,
  unknown,
  type CheckResult,
  type ResourceRef,
} from '../define-check.js';
import type { IamServiceLastAccessed } from '../../model/iam.js';
import type { Observed } from '../../model/observed.js';
import { isAwsManagedRolePath } from '../../model/iam.js';
import { listSome } from '../lib/policy/index.js';

/**
 * A principal younger than this has not had time to use what it was given; judging it would
 * flag every new role. 30 days is a documented Bulwark constant, not a CIS or FSBP number.
 */
const GRACE_DAYS = 30;

function evaluate(
  ref: ResourceRef,
  label: string,
  createDate: string | null,
  data: Observed<readonly IamServiceLastAccessed[]>,
  now: Date,
): CheckResult {
  if (!data.ok) return unknown(ref, data.error);
  const age = ageMs(createDate, now);
  if (age !== undefined && !olderThanDays(age, GRACE_DAYS))
    return notApplicable(ref, `${label} was created ${formatAge(age)} ago, too recently to judge unused permissions.`);
  const never = data.value.filter((s) => !s.lastAuthenticated).map((s) => s.serviceNamespace);
  return never.length > 0
    ? fail(ref, `${label} is allowed ${data.value.length} services and never used ${never.length} of them: ${listSome(never)}.`)
    : pass(ref, `${label} has used every service it is allowed.`);
}

export const iamPrincipalNoUnusedServices = defineCheck({
  id: 'iam-principal-no-unused-services',
  title: 'IAM users and roles are not granted services they never use',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsIamRole',
  frameworks: { checklist: ['1.21'] },
  rationale:
    'Service last accessed data shows which granted services a principal has never called in the tracking period; removing them is the simplest step towards least privilege.',
  remediation: {
    summary:
      'Review the Access Advisor tab of the user or role and remove permissions for services it never used (AWS tracks up to 400 days).',
    cli: 'aws iam generate-service-last-accessed-details --arn <principal-arn> && aws iam get-service-last-accessed-details --job-id <job-id>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const scope = accountRef(ctx);
    return [
      ...eachResource(inv.iam.users, scope, (u) =>
        evaluate({ ...u, resourceType: 'AwsIamUser' }, `IAM user ${u.userName}`, u.createDate, u.serviceLastAccessed, ctx.now),
      ),
      ...eachResource(inv.iam.roles, scope, (r) => {
        // Service-linked and Identity Center roles are defined by AWS; their grants are not the account's to trim.
        if (isAwsManagedRolePath(r.path)) return undefined;
        const ref: ResourceRef = { ...r, resourceType: 'AwsIamRole' };
        // The collector reads every customer role; null here means an inventory that skipped one.
        if (r.serviceLastAccessed === null)
          return unknown(
            ref,
            missingData('iam:GenerateServiceLastAccessedDetails', r.arn, 'service last accessed details were not read for this role'),
          );
        return evaluate(ref, `IAM role ${r.roleName}`, r.createDate, r.serviceLastAccessed, ctx.now);
      }),
    ];
  },
});
