import { describe, it, expect } from 'vitest';
import { ec2VpcEndpointPolicyPrincipalRestricted as check } from '../../../src/checks/ec2/ec2-vpc-endpoint-policy-principal-restricted.js';
import { ok, statusByArn } from '../../builders/index.js';
import { DEFAULT_ENDPOINT_POLICY, ec2VpcEndpoint } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const status = (policyDocument: unknown) => {
  const e = ec2VpcEndpoint({ region: R, policyDocument });
  return statusByArn(runWith(check, { vpcEndpoints: ok([e]) }))[e.arn];
};

describe('ec2-vpc-endpoint-policy-principal-restricted', () => {
  it('passes for Principal * restricted by a condition, or named principals', () => {
    expect(status(ec2VpcEndpoint().policyDocument)).toBe('PASS');
    expect(
      status({ Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: '*', Resource: '*' }] }),
    ).toBe('PASS');
  });

  it('passes when the only unconditioned Principal * statement is a Deny', () => {
    expect(status({ Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:DeleteBucket', Resource: '*' }] })).toBe('PASS');
  });

  it("fails for AWS's default full-access policy", () => {
    const e = ec2VpcEndpoint({ region: R, policyDocument: DEFAULT_ENDPOINT_POLICY });
    const [r] = inRegion(runWith(check, { vpcEndpoints: ok([e]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('statement #1');
  });

  it('fails for {"AWS": ["*"]} with an empty Condition, and for a single-statement object', () => {
    expect(
      status({ Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: { AWS: ['*'] }, Action: '*', Resource: '*', Condition: {} }] }),
    ).toBe('FAIL');
    expect(status({ Statement: { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' } })).toBe('FAIL');
  });

  it('fails for Allow with NotPrincipal', () => {
    expect(
      status({ Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: '*', Resource: '*' }] }),
    ).toBe('FAIL');
  });

  it('is UNKNOWN, not FAIL, for a policy document that does not parse', () => {
    expect(status('not json')).toBe('UNKNOWN');
    const [r] = inRegion(runWith(check, { vpcEndpoints: ok([ec2VpcEndpoint({ region: R, policyDocument: 'not json' })]) }));
    expect(r?.reason).toMatch(/could not be decided: ec2:DescribeVpcEndpoints failed .*not a readable policy document/);
  });

  it('is NOT_APPLICABLE for an endpoint type without a policy', () => {
    expect(status(null)).toBe('NOT_APPLICABLE');
  });

  it('is UNKNOWN naming the action when DescribeVpcEndpoints is denied', () => {
    const [r] = inRegion(runWith(check, { vpcEndpoints: deniedEc2('ec2:DescribeVpcEndpoints') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeVpcEndpoints');
  });

  describe('conditions that do not restrict the caller (FAIL; these passed before the policy engine)', () => {
    const open = (Condition: Record<string, unknown>) => ({
      Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition }],
    });
    it.each([
      ['only aws:SecureTransport', { Bool: { 'aws:SecureTransport': 'true' } }],
      ['only aws:UserAgent', { StringLike: { 'aws:UserAgent': 'aws-cli/*' } }],
      ["only aws:SourceVpc equal to the endpoint's own VPC", { StringEquals: { 'aws:SourceVpc': 'vpc-0a1b2c3d4e5f60001' } }],
      ["only aws:SourceVpce equal to the endpoint's own ID", { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f60001' } }],
      ['only aws:ResourceAccount (limits what is reached, not who calls)', { StringEquals: { 'aws:ResourceAccount': '111122223333' } }],
    ])('fails with %s', (_what, condition) => {
      const e = ec2VpcEndpoint({ region: R, policyDocument: open(condition) });
      const [r] = inRegion(runWith(check, { vpcEndpoints: ok([e]) }));
      expect(r?.status).toBe('FAIL');
      expect(r?.reason).toContain('under conditions that do not restrict the caller or its network');
    });
    it('passes aws:PrincipalOrgID, and a Deny for everyone outside the organization', () => {
      expect(status(open({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }))).toBe('PASS');
      const denyOutside = {
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
          {
            Sid: 'OrgOnly',
            Effect: 'Deny',
            Principal: '*',
            Action: '*',
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
          },
        ],
      };
      const [r] = inRegion(runWith(check, { vpcEndpoints: ok([ec2VpcEndpoint({ region: R, policyDocument: denyOutside })]) }));
      expect(r?.status).toBe('PASS');
      expect(r?.reason).toContain('statement "OrgOnly" denies every caller but a pinned one what statement #1 allows');
    });
    it('reads a policy given as JSON text', () => {
      expect(status(JSON.stringify(DEFAULT_ENDPOINT_POLICY))).toBe('FAIL');
    });
  });
});
