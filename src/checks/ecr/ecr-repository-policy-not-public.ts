import { defineCheck, eachRegional, fail, missingData, pass, unknown } from '../define-check.js';
import { parsePolicy, publicAccess } from '../lib/policy/index.js';

/**
 * Not a Security Hub control: a repository policy that grants ECR actions to every principal
 * without a condition pinning the caller (anyone with AWS credentials could pull, or push),
 * judged by the one policy engine.
 */
export const ecrRepositoryPolicyNotPublic = defineCheck({
  id: 'ecr-repository-policy-not-public',
  title: 'ECR repository policies do not grant access to everyone',
  service: 'ecr',
  severity: 'high',
  resourceType: 'AwsEcrRepository',
  frameworks: {},
  rationale:
    'A repository policy open to "*" lets any AWS account pull the images (and whatever secrets or code they contain) or, for write actions, replace them.',
  remediation: {
    summary:
      'Name the accounts or roles allowed in the repository policy, or add conditions that pin the caller (aws:PrincipalOrgID, aws:PrincipalAccount); use ECR Public for images meant for everyone.',
    console: 'ECR console > Private repositories > the repository > Permissions > Edit policy JSON.',
    docs: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
  },
  reads: ['ecr'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ecr.regions, 'repositories', 'ecr', (repo, _data, region) => {
      if (!repo.policy.ok) return unknown(repo, repo.policy.error);
      if (repo.policy.value === null) return pass(repo, `ECR repository ${repo.name} has no repository policy.`);
      const parsed = parsePolicy(repo.policy.value);
      if (!parsed.ok)
        return unknown(
          repo,
          missingData('ecr:GetRepositoryPolicy', repo.arn, `the policy is not a readable policy document (${parsed.reason})`, { region }),
          `Whether ECR repository ${repo.name} is public could not be decided`,
        );
      const { grants } = publicAccess(parsed.policy, { actions: ['ecr:*'] });
      if (grants.length === 0) return pass(repo, `ECR repository ${repo.name} has a repository policy that grants nothing to everyone.`);
      return fail(
        repo,
        `ECR repository ${repo.name} has a repository policy that grants ECR actions to everyone in ${grants.map((g) => g.label).join(', ')}.`,
      );
    }),
});
