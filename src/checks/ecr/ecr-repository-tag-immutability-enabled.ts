import { defineCheck, eachRegional, fail, pass, undecided } from '../define-check.js';

export const ecrRepositoryTagImmutabilityEnabled = defineCheck({
  id: 'ecr-repository-tag-immutability-enabled',
  title: 'ECR private repositories have tag immutability configured',
  service: 'ecr',
  severity: 'medium',
  resourceType: 'AwsEcrRepository',
  // FSBP ECR.2 (AWS Config ecr-private-tag-immutability-enabled): fails when tag immutability is
  // not enabled (imageTagMutability MUTABLE).
  frameworks: { fsbp: ['ECR.2'] },
  rationale:
    'With mutable tags, anyone who can push can silently replace the image behind a tag such as "prod" or "v1.2"; immutable tags make a deployed tag always mean the image that was reviewed.',
  remediation: {
    summary: 'Set the repository image tag mutability to IMMUTABLE.',
    console: 'ECR console > Private repositories > the repository > Edit > Tag immutability > Immutable.',
    docs: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
  },
  reads: ['ecr'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ecr.regions, 'repositories', 'ecr', (repo) => {
      const m = repo.imageTagMutability;
      if (m === 'IMMUTABLE') return pass(repo, `ECR repository ${repo.name} has immutable image tags.`);
      if (m === 'MUTABLE' || m === 'MUTABLE_WITH_EXCLUSION')
        return fail(repo, `ECR repository ${repo.name} has mutable image tags (${m}).`);
      // IMMUTABLE_WITH_EXCLUSION leaves tags matching its filters mutable; AWS does not document
      // how the control judges it.
      return undecided(repo, `ECR repository ${repo.name} has image tag mutability ${m}, which the control does not document.`);
    }),
});
