import { accountRef, defineCheck, eachResource, fail, missingData, pass, unknown } from '../define-check.js';
import { grantsOnEveryResource, parsePolicy, statementLabel } from '../lib/policy/index.js';

export const iamPolicyNoFullAdmin = defineCheck({
  id: 'iam-policy-no-full-admin',
  title: 'Customer managed policies do not grant full "*:*" administrative privileges',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamPolicy',
  frameworks: { fsbp: ['IAM.1'], 'cis-3.0': ['1.16'], checklist: ['1.13'] },
  rationale:
    'A statement allowing every action on every resource defeats least privilege: whoever holds the policy can change anything, including their own permissions and the audit trail. Unattached policies are reported too, as FSBP IAM.1 does: they are one attachment away from being used.',
  remediation: {
    summary:
      'Replace "Action": "*" over "Resource": "*" with the actions and resources the role or group needs, as a new default policy version.',
    cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://least-privilege.json --set-as-default',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-edit.html',
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
      const admin = grantsOnEveryResource(parsed.policy, '*:*').map(statementLabel);
      const attachment =
        policy.attachmentCount > 0
          ? `attached to ${policy.attachmentCount} ${policy.attachmentCount === 1 ? 'identity' : 'identities'}`
          : 'not attached';
      return admin.length > 0
        ? fail(
            policy,
            `Customer managed policy ${policy.policyName} (${attachment}) allows every action on every resource in ${admin.join(', ')}.`,
          )
        : pass(policy, `Customer managed policy ${policy.policyName} does not allow every action on every resource.`);
    }),
});
