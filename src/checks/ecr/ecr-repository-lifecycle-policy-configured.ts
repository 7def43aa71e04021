import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const ecrRepositoryLifecyclePolicyConfigured = defineCheck({
  id: 'ecr-repository-lifecycle-policy-configured',
  title: 'ECR repositories have a lifecycle policy configured',
  service: 'ecr',
  severity: 'medium',
  resourceType: 'AwsEcrRepository',
  // FSBP ECR.3 (AWS Config ecr-private-lifecycle-policy-configured): fails when no lifecycle policy is configured.
  frameworks: { fsbp: ['ECR.3'] },
  rationale:
    'A lifecycle policy expires old and untagged images, so stale images with known vulnerabilities do not pile up and stay deployable, and storage costs stay bounded.',
  remediation: {
    summary: 'Add a lifecycle policy, for example one that expires untagged images after a few days and keeps the last N tagged images.',
    console: 'ECR console > Private repositories > the repository > Lifecycle policy > Create rule.',
    docs: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
  },
  reads: ['ecr'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ecr.regions, 'repositories', 'ecr', (repo) => {
      if (!repo.lifecyclePolicy.ok) return unknown(repo, repo.lifecyclePolicy.error);
      const policy = repo.lifecyclePolicy.value;
      if (policy === null) return fail(repo, `ECR repository ${repo.name} has no lifecycle policy.`);
      return pass(
        repo,
        `ECR repository ${repo.name} has a lifecycle policy${policy.ruleCount === null ? '' : ` with ${policy.ruleCount} rule${policy.ruleCount === 1 ? '' : 's'}`}.`,
      );
    }),
});
