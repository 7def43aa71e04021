import { describe, it, expect } from 'vitest';
import { ecrRepositoryTagImmutabilityEnabled as check } from '../../../src/checks/ecr/ecr-repository-tag-immutability-enabled.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { ecrRepository, ecrSection } from '../../builders/ecr.js';
import type { EcrRepository } from '../../../src/model/ecr.js';

const one = (overrides: Partial<EcrRepository>) =>
  run(check, buildInventory({ ecr: ecrSection([ecrRepository('app', 'us-east-1', overrides)]) }))[0];

describe('ecr-repository-tag-immutability-enabled', () => {
  it('passes repositories with immutable tags', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('ECR repository app has immutable image tags.');
  });

  it('fails a repository with mutable tags', () => {
    const r = one({ imageTagMutability: 'MUTABLE' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('ECR repository app has mutable image tags (MUTABLE).');
  });

  it('fails a repository with mutable tags and exclusions', () => {
    const r = one({ imageTagMutability: 'MUTABLE_WITH_EXCLUSION' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('ECR repository app has mutable image tags (MUTABLE_WITH_EXCLUSION).');
  });

  it('is UNKNOWN for immutability with exclusions, which the control does not document', () => {
    const r = one({ imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('ECR repository app has image tag mutability IMMUTABLE_WITH_EXCLUSION, which the control does not document.');
  });

  it('is UNKNOWN for the region when ecr:DescribeRepositories is denied', () => {
    const r = run(check, buildInventory({ ecr: ecrSection([], { repositories: denied('ecr:DescribeRepositories') }) }));
    expect(r.map((x) => x.status)).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(r[0]?.reason).toContain('ecr:DescribeRepositories');
  });
});
