import { describe, it, expect } from 'vitest';
import { ecrRepositoryLifecyclePolicyConfigured as check } from '../../../src/checks/ecr/ecr-repository-lifecycle-policy-configured.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ecrRepository, ecrSection } from '../../builders/ecr.js';
import type { EcrRepository } from '../../../src/model/ecr.js';

const one = (overrides: Partial<EcrRepository>) =>
  run(check, buildInventory({ ecr: ecrSection([ecrRepository('app', 'us-east-1', overrides)]) }))[0];

describe('ecr-repository-lifecycle-policy-configured', () => {
  it('passes repositories with a lifecycle policy', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('ECR repository app has a lifecycle policy with 1 rule.');
    expect(one({ lifecyclePolicy: ok({ ruleCount: null }) })?.reason).toBe('ECR repository app has a lifecycle policy.');
  });

  it('fails a repository without a lifecycle policy', () => {
    const r = one({ lifecyclePolicy: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('ECR repository app has no lifecycle policy.');
  });

  it('is UNKNOWN when ecr:GetLifecyclePolicy is denied', () => {
    const r = one({ lifecyclePolicy: denied('ecr:GetLifecyclePolicy') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ecr:GetLifecyclePolicy');
  });
});
