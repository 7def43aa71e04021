import { describe, expect, it } from 'vitest';
import { cloudformationStackNoSecrets as check } from '../../../src/checks/cloudformation/cloudformation-stack-no-secrets.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { cloudformationSection, cloudformationStack } from '../../builders/cloudformation.js';

describe('cloudformation-stack-no-secrets', () => {
  it('passes stacks without secret-looking parameters or outputs', () => {
    const results = run(check, buildInventory());
    expect(results.map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(results[0]?.reason).toBe('CloudFormation stack network-eu-west-1 has no secret-looking value in its parameters or outputs.');
  });

  it('fails a stack with matches, naming where and which rule, with the masked hint only', () => {
    const stack = cloudformationStack('app', 'us-east-1', {
      secretMatches: [
        { rule: 'secret-named-value', location: 'parameter ApiToken', hint: 'ApiToken=<redacted, 15 characters>' },
        { rule: 'aws-access-key-id', location: 'output DeployKey', hint: 'AKIA…OPLK (long-term access key ID)' },
      ],
    });
    const [r] = run(check, buildInventory({ cloudformation: cloudformationSection([stack]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'CloudFormation stack app shows possible secrets in clear: parameter ApiToken (secret-named-value: ApiToken=<redacted, 15 characters>); output DeployKey (aws-access-key-id: AKIA…OPLK (long-term access key ID)).',
    );
  });

  it('names at most five matches, then a count', () => {
    const secretMatches = Array.from({ length: 7 }, (_, i) => ({ rule: 'secret-named-value', location: `output P${i}`, hint: 'x' }));
    const [r] = run(
      check,
      buildInventory({ cloudformation: cloudformationSection([cloudformationStack('big', 'us-east-1', { secretMatches })]) }),
    );
    expect(r?.reason).toMatch(/output P4 \(secret-named-value: x\); and 2 more\.$/);
  });

  it('is UNKNOWN for a region whose DescribeStacks was denied', () => {
    const inv = buildInventory({
      cloudformation: { stacks: { 'us-east-1': denied('cloudformation:DescribeStacks', { region: 'us-east-1' }) } },
    });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudformation:DescribeStacks was denied');
  });
});
