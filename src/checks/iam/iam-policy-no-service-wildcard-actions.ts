import { accountRef, defineCheck, eachResource, fail, missingData, pass, unknown } from '../define-check.js';
import { listSome, parsePolicy, wildcardActionGrants } from '../lib/policy/index.js';

export const iamPolicyNoServiceWildcardActions = defineCheck({
  id: 'iam-policy-no-service-wildcard-actions',
  title: 'Customer managed policies do not allow wildcard actions for whole services',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsIamPolicy',
  frameworks: { fsbp: ['IAM.21'], checklist: ['1.14'] },
  rationale:
    '"s3:*" grants every current and future action of the service, including deleting data and changing its access policies; naming actions (or a prefix such as "ec2:Describe*") keeps grants to what is needed.',
  remediation: {
    summary: 'Replace "service:*" actions with the specific actions needed, as a new default policy version.',
    cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped.json --set-as-default',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachResource(inv.iam.policies, accountRef(ctx), (policy) => {
      if (policy.awsManaged) return undefined;
      const parsed = parsePolicy(policy.document);
      if (!parsed.ok)
        return unknown(
          policy,
          missingData('iam:GetAccountAuthorizationDetails', policy.arn, `default version ${policy.defaultVersionId}: ${parsed.reason}`),
        );
      const wild = wildcardActionGrants(parsed.policy);
      return wild.length > 0
        ? fail(policy, `Customer managed policy ${policy.policyName} allows wildcard actions: ${listSome(wild)}.`)
        : pass(policy, `Customer managed policy ${policy.policyName} allows no whole-service wildcard actions.`);
    }),
});
