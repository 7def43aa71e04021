import { describe, it, expect } from 'vitest';
import { organizationsServiceControlPoliciesInUse as check } from '../../../src/checks/organizations/organizations-service-control-policies-in-use.js';
import {
  ORG_ID,
  compliantOrganizationsSection,
  fullAwsAccess,
  orgRoot,
  organization,
  policyTarget,
  scp,
} from '../../builders/organizations.js';
import { ACCOUNT_ID, buildInventory, denied, ok, run } from '../../builders/index.js';
import type { OrganizationsSection } from '../../../src/model/organizations.js';

const ROOT = `arn:aws:iam::${ACCOUNT_ID}:root`;
const withOrg = (overrides: Partial<OrganizationsSection>) =>
  buildInventory({ organizations: { ...compliantOrganizationsSection(), ...overrides } });

describe('organizations-service-control-policies-in-use', () => {
  it('passes with SCPs enabled in the root and a customer managed SCP', () => {
    const [result] = run(check, buildInventory());
    expect(result).toMatchObject({ status: 'PASS', resourceArn: ROOT });
    expect(result?.reason).toBe(
      `Organization ${ORG_ID} has the SCP policy type enabled and 1 customer managed service control policy attached to a root, OU or account (deny-leave-organization).`,
    );
  });

  it('passes when one custom SCP is attached (to an OU) and another is attached nowhere', () => {
    const ou = policyTarget({
      targetId: 'ou-ab12-11111111',
      name: 'Workloads',
      type: 'ORGANIZATIONAL_UNIT',
      arn: `arn:aws:organizations::${ACCOUNT_ID}:ou/${ORG_ID}/ou-ab12-11111111`,
    });
    const [result] = run(
      check,
      withOrg({
        serviceControlPolicies: ok([
          fullAwsAccess(),
          scp({ targets: ok([]) }),
          scp({ id: 'p-2', name: 'deny-regions', targets: ok([ou]) }),
        ]),
      }),
    );
    expect(result?.status).toBe('PASS');
    expect(result?.reason).toContain('(deny-regions)');
  });

  it('fails when the custom SCPs exist but are attached to no root, OU or account', () => {
    const [result] = run(
      check,
      withOrg({
        serviceControlPolicies: ok([fullAwsAccess(), scp({ targets: ok([]) }), scp({ id: 'p-2', name: 'deny-regions', targets: ok([]) })]),
      }),
    );
    expect(result?.status).toBe('FAIL');
    expect(result?.reason).toBe(
      `Organization ${ORG_ID} defines 2 customer managed service control policies (deny-leave-organization, deny-regions), but none is attached to a root, OU or account, so none is enforced.`,
    );
  });

  it('is UNKNOWN when no custom SCP is known to be attached and the targets of one could not be read', () => {
    const [result] = run(
      check,
      withOrg({
        serviceControlPolicies: ok([
          fullAwsAccess(),
          scp({ targets: ok([]) }),
          scp({ id: 'p-2', name: 'deny-regions', targets: denied('organizations:ListTargetsForPolicy') }),
        ]),
      }),
    );
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.reason).toContain('organizations:ListTargetsForPolicy was denied');
  });

  it('is UNKNOWN, not PASS, for a custom SCP whose targets were not read at all (null)', () => {
    const [result] = run(check, withOrg({ serviceControlPolicies: ok([fullAwsAccess(), scp({ targets: null })]) }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.reason).toContain('organizations:ListTargetsForPolicy');
  });

  it('fails when only FullAWSAccess exists', () => {
    const [result] = run(check, withOrg({ serviceControlPolicies: ok([fullAwsAccess()]) }));
    expect(result).toMatchObject({
      status: 'FAIL',
      reason: `Organization ${ORG_ID} has no service control policy other than the AWS managed FullAWSAccess.`,
    });
  });

  it('fails when the SCP policy type is not enabled in the root', () => {
    const [result] = run(
      check,
      withOrg({
        serviceControlPolicies: ok([fullAwsAccess(), scp(), scp({ id: 'p-2', name: 'deny-regions' })]),
        roots: ok([orgRoot({ policyTypes: [] })]),
      }),
    );
    expect(result?.status).toBe('FAIL');
    expect(result?.reason).toBe(
      `Organization ${ORG_ID} defines 2 service control policies, but the SCP policy type is not enabled in root r-ab12, so none is enforced.`,
    );
  });

  it('fails an organization with consolidated billing only', () => {
    const [result] = run(check, withOrg({ organization: ok(organization({ featureSet: 'CONSOLIDATED_BILLING' })) }));
    expect(result).toMatchObject({ status: 'FAIL' });
    expect(result?.reason).toContain('CONSOLIDATED_BILLING');
  });

  it('is not applicable to an account in no organization', () => {
    const [result] = run(
      check,
      buildInventory({ organizations: { organization: ok(null), serviceControlPolicies: ok(null), roots: ok(null) } }),
    );
    expect(result?.status).toBe('NOT_APPLICABLE');
  });

  it('is UNKNOWN from a member account that may not list policies, naming the action', () => {
    const section: Partial<OrganizationsSection> = {
      organization: ok(organization({ masterAccountId: '999988887777' })),
      serviceControlPolicies: denied('organizations:ListPolicies'),
      roots: denied('organizations:ListRoots'),
    };
    const [result] = run(check, withOrg(section));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.reason).toContain('organizations:ListPolicies was denied');
    expect(result?.reason).toContain('organizations:ListRoots was denied');
    expect(result?.reason).toContain('only the management account 999988887777 or a delegated administrator');
  });

  it('is UNKNOWN when the roots cannot be read but custom SCPs exist', () => {
    const [result] = run(check, withOrg({ roots: denied('organizations:ListRoots') }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.reason).toContain('organizations:ListRoots was denied');
  });

  it('still fails on FullAWSAccess alone when the roots cannot be read', () => {
    const [result] = run(check, withOrg({ serviceControlPolicies: ok([fullAwsAccess()]), roots: denied('organizations:ListRoots') }));
    expect(result?.status).toBe('FAIL');
  });

  it('is UNKNOWN when DescribeOrganization was denied', () => {
    const err = denied('organizations:DescribeOrganization');
    const [result] = run(check, buildInventory({ organizations: { organization: err, serviceControlPolicies: err, roots: err } }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.reason).toContain('organizations:DescribeOrganization was denied');
  });
});
