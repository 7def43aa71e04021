import { describe, it, expect } from 'vitest';
import { organizationsAccountInOrganization as check } from '../../../src/checks/organizations/organizations-account-in-organization.js';
import { ORG_ID, compliantOrganizationsSection, organization } from '../../builders/organizations.js';
import { ACCOUNT_ID, buildInventory, denied, ok, run } from '../../builders/index.js';

const ROOT = `arn:aws:iam::${ACCOUNT_ID}:root`;

describe('organizations-account-in-organization', () => {
  it('passes for the management account of an organization', () => {
    const [result] = run(check, buildInventory());
    expect(result).toMatchObject({
      status: 'PASS',
      resourceArn: ROOT,
      reason: `Account ${ACCOUNT_ID} is the management account of organization ${ORG_ID}.`,
    });
  });

  it('passes for a member account', () => {
    const section = { ...compliantOrganizationsSection(), organization: ok(organization({ masterAccountId: '999988887777' })) };
    const [result] = run(check, buildInventory({ organizations: section }));
    expect(result).toMatchObject({
      status: 'PASS',
      reason: `Account ${ACCOUNT_ID} is a member of organization ${ORG_ID} (management account 999988887777).`,
    });
  });

  it('fails a standalone account', () => {
    const [result] = run(
      check,
      buildInventory({ organizations: { organization: ok(null), serviceControlPolicies: ok(null), roots: ok(null) } }),
    );
    expect(result).toMatchObject({
      status: 'FAIL',
      resourceArn: ROOT,
      reason: `Account ${ACCOUNT_ID} is not part of an AWS Organizations organization.`,
    });
  });

  it('is UNKNOWN when DescribeOrganization was denied, naming the action', () => {
    const err = denied('organizations:DescribeOrganization');
    const [result] = run(check, buildInventory({ organizations: { organization: err, serviceControlPolicies: err, roots: err } }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.reason).toContain('organizations:DescribeOrganization was denied');
  });
});
