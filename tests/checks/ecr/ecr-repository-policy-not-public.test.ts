import { describe, it, expect } from 'vitest';
import { ecrRepositoryPolicyNotPublic as check } from '../../../src/checks/ecr/ecr-repository-policy-not-public.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ecrRepository, ecrSection } from '../../builders/ecr.js';
import type { EcrRepository, EcrRepositoryPolicy } from '../../../src/model/ecr.js';

const one = (overrides: Partial<EcrRepository>) =>
  run(check, buildInventory({ ecr: ecrSection([ecrRepository('app', 'us-east-1', overrides)]) }))[0];
const policy = (statement: Record<string, EcrRepositoryPolicy>) =>
  ok<EcrRepositoryPolicy>({ Version: '2012-10-17', Statement: [statement] });

describe('ecr-repository-policy-not-public', () => {
  it('passes repositories whose policy names its principals', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('ECR repository app has a repository policy that grants nothing to everyone.');
  });

  it('passes a repository without a policy', () => {
    const r = one({ policy: ok(null) });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('ECR repository app has no repository policy.');
  });

  it('passes a grant to everyone pinned to the organization', () => {
    const r = one({
      policy: policy({
        Effect: 'Allow',
        Principal: '*',
        Action: 'ecr:BatchGetImage',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
      }),
    });
    expect(r?.status).toBe('PASS');
  });

  it('fails a policy granting pulls to everyone', () => {
    const r = one({
      policy: policy({ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }),
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('ECR repository app has a repository policy that grants ECR actions to everyone in statement "PublicPull".');
  });

  it('is UNKNOWN when the policy does not parse', () => {
    const r = one({ policy: ok('not json') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('Whether ECR repository app is public could not be decided');
  });

  it('is UNKNOWN when ecr:GetRepositoryPolicy is denied', () => {
    const r = one({ policy: denied('ecr:GetRepositoryPolicy') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ecr:GetRepositoryPolicy');
  });
});
