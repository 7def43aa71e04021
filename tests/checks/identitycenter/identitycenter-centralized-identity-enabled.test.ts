import { describe, it, expect } from 'vitest';
import { identitycenterCentralizedIdentityEnabled as check } from '../../../src/checks/identitycenter/identitycenter-centralized-identity-enabled.js';
import { identityCenterInstance } from '../../builders/identitycenter.js';
import { compliantIamSection } from '../../builders/iam.js';
import { ACCOUNT_ID, NOW, REGIONS, buildInventory, daysAgo, denied, ok, run } from '../../builders/index.js';
import type { IamSection } from '../../../src/model/iam.js';
import type { IdentityCenterSection } from '../../../src/model/identitycenter.js';

const ROOT = `arn:aws:iam::${ACCOUNT_ID}:root`;
const noInstances = (): IdentityCenterSection => ({ instances: Object.fromEntries(REGIONS.map((r) => [r, ok([])])) });
const iam = (overrides: Partial<IamSection>): IamSection => ({
  ...compliantIamSection(),
  samlProviders: ok([]),
  oidcProviders: ok([]),
  ...overrides,
});
const saml = (name: string, validUntil: string | null = null) => ({
  arn: `arn:aws:iam::${ACCOUNT_ID}:saml-provider/${name}`,
  region: 'global' as const,
  validUntil,
  createDate: daysAgo(100),
});
const oidc = (issuer: string) => ({ arn: `arn:aws:iam::${ACCOUNT_ID}:oidc-provider/${issuer}`, region: 'global' as const });

describe('identitycenter-centralized-identity-enabled', () => {
  it('passes with an active Identity Center instance', () => {
    const [result] = run(check, buildInventory({ iam: iam({}) }));
    expect(result).toMatchObject({ status: 'PASS', resourceArn: ROOT, region: 'global' });
    expect(result?.reason).toBe(`Account ${ACCOUNT_ID} can use the IAM Identity Center instance ssoins-7223a1b2c3d4e5f6 in eu-west-1.`);
  });

  it('passes with an organization instance owned by the management account, even if another region failed', () => {
    const identitycenter: IdentityCenterSection = {
      instances: {
        'eu-west-1': denied('sso:ListInstances', { region: 'eu-west-1' }),
        'us-east-1': ok([identityCenterInstance('us-east-1', { ownerAccountId: '999988887777' })]),
      },
    };
    const [result] = run(check, buildInventory({ identitycenter, iam: iam({}) }));
    expect(result?.status).toBe('PASS');
    expect(result?.reason).toContain('owned by account 999988887777 in us-east-1');
  });

  it('passes with a SAML provider and no Identity Center', () => {
    const [result] = run(
      check,
      buildInventory({
        identitycenter: noInstances(),
        iam: iam({ samlProviders: ok([saml('okta', new Date(NOW.getTime() + 86_400_000).toISOString())]) }),
      }),
    );
    expect(result).toMatchObject({ status: 'PASS', reason: `Account ${ACCOUNT_ID} federates sign-in through the SAML provider okta.` });
  });

  it('passes with an OpenID Connect provider for people', () => {
    const [result] = run(
      check,
      buildInventory({ identitycenter: noInstances(), iam: iam({ oidcProviders: ok([oidc('login.example.com/oauth2')]) }) }),
    );
    expect(result).toMatchObject({
      status: 'PASS',
      reason: `Account ${ACCOUNT_ID} federates sign-in through the OpenID Connect provider login.example.com/oauth2.`,
    });
  });

  it('fails with neither Identity Center nor an identity provider', () => {
    const [result] = run(check, buildInventory({ identitycenter: noInstances(), iam: iam({}) }));
    expect(result).toMatchObject({
      status: 'FAIL',
      resourceArn: ROOT,
      reason: `Account ${ACCOUNT_ID} has no IAM Identity Center instance in the scanned regions and no SAML or OpenID Connect provider for people.`,
    });
  });

  it('fails when the Identity Center instance is not active', () => {
    const identitycenter: IdentityCenterSection = {
      instances: { 'eu-west-1': ok([identityCenterInstance('eu-west-1', { status: 'DELETE_IN_PROGRESS' })]), 'us-east-1': ok([]) },
    };
    const [result] = run(check, buildInventory({ identitycenter, iam: iam({}) }));
    expect(result?.status).toBe('FAIL');
  });

  it('fails when the only OpenID Connect providers are CI and EKS workload issuers', () => {
    const providers = ok([oidc('token.actions.githubusercontent.com'), oidc('oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789')]);
    const [result] = run(check, buildInventory({ identitycenter: noInstances(), iam: iam({ oidcProviders: providers }) }));
    expect(result?.status).toBe('FAIL');
    expect(result?.reason).toContain(
      'token.actions.githubusercontent.com, oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789 serve workloads, not people',
    );
  });

  it('fails when the only OpenID Connect providers are Azure DevOps, Spacelift and Vercel deployment issuers', () => {
    const providers = ok([
      oidc('vstoken.dev.azure.com/00000000-1111-2222-3333-444444444444'),
      oidc('acme.app.spacelift.io'),
      oidc('oidc.vercel.com/acme'),
    ]);
    const [result] = run(check, buildInventory({ identitycenter: noInstances(), iam: iam({ oidcProviders: providers }) }));
    expect(result?.status).toBe('FAIL');
    expect(result?.reason).toContain('serve workloads, not people');
  });

  it("fails when the only SAML provider's metadata has expired", () => {
    const [result] = run(
      check,
      buildInventory({ identitycenter: noInstances(), iam: iam({ samlProviders: ok([saml('old-adfs', daysAgo(10))]) }) }),
    );
    expect(result?.status).toBe('FAIL');
    expect(result?.reason).toContain('the metadata of SAML provider old-adfs has expired');
  });

  it('is UNKNOWN when nothing was found and reads were denied, naming every action', () => {
    const identitycenter: IdentityCenterSection = {
      instances: { 'eu-west-1': ok([]), 'us-east-1': denied('sso:ListInstances', { region: 'us-east-1' }) },
    };
    const [result] = run(
      check,
      buildInventory({
        identitycenter,
        iam: iam({ samlProviders: denied('iam:ListSAMLProviders'), oidcProviders: denied('iam:ListOpenIDConnectProviders') }),
      }),
    );
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.reason).toContain('sso:ListInstances was denied in us-east-1');
    expect(result?.reason).toContain('iam:ListSAMLProviders was denied');
    expect(result?.reason).toContain('iam:ListOpenIDConnectProviders was denied');
  });
});
