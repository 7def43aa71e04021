import { isAwsManagedRolePath } from '../../model/iam.js';
import { accountRef, defineCheck, eachResource, missingData, notApplicable, unknown } from '../define-check.js';
import { taggedVerdict } from '../lib/tags.js';

/**
 * Security Hub IAM.24 (AWS Resource Tagging Standard) with its default parameters: the IAM role
 * has at least one user tag key (requiredTagKeys has no default; aws: system tags do not count).
 * https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html
 */
export const iamRoleTagged = defineCheck({
  id: 'iam-role-tagged',
  title: 'IAM roles are tagged',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsIamRole',
  frameworks: { fsbp: ['IAM.24'] },
  rationale: 'Tags name the owner and purpose of an identity, which is what access reviews and attribute-based access control start from.',
  remediation: {
    summary: 'Tag the IAM role with at least an owner or purpose tag.',
    cli: 'aws iam tag-role --role-name <role> --tags Key=owner,Value=<team>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachResource(inv.iam.roles, accountRef(ctx), (item) => {
      const ref = { ...item, resourceType: 'AwsIamRole' as const };
      // Service-linked roles are defined by AWS services, which also own their tags.
      if (isAwsManagedRolePath(item.path))
        return notApplicable(ref, `IAM role ${item.roleName} is managed by AWS (path ${item.path}); the account does not tag it.`);
      if (!item.tags)
        return unknown(ref, missingData('iam:GetAccountAuthorizationDetails', item.arn, 'the inventory holds no tags for the role'));
      return taggedVerdict(ref, `IAM role ${item.roleName}`, { ok: true, value: item.tags });
    }),
});
