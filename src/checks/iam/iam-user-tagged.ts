import { accountRef, defineCheck, eachResource, missingData, unknown } from '../define-check.js';
import { taggedVerdict } from '../lib/tags.js';

/**
 * Security Hub IAM.25 (AWS Resource Tagging Standard) with its default parameters: the IAM user
 * has at least one user tag key (requiredTagKeys has no default; aws: system tags do not count).
 * https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html
 */
export const iamUserTagged = defineCheck({
  id: 'iam-user-tagged',
  title: 'IAM users are tagged',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsIamUser',
  frameworks: { fsbp: ['IAM.25'] },
  rationale: 'Tags name the owner and purpose of an identity, which is what access reviews and attribute-based access control start from.',
  remediation: {
    summary: 'Tag the IAM user with at least an owner or purpose tag.',
    cli: 'aws iam tag-user --user-name <user> --tags Key=owner,Value=<team>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachResource(inv.iam.users, accountRef(ctx), (item) => {
      const ref = { ...item, resourceType: 'AwsIamUser' as const };
      if (!item.tags)
        return unknown(ref, missingData('iam:GetAccountAuthorizationDetails', item.arn, 'the inventory holds no tags for the user'));
      return taggedVerdict(ref, `IAM user ${item.userName}`, { ok: true, value: item.tags });
    }),
});
