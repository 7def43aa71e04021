import type {
  OrganizationsOrganization,
  OrganizationsPolicy,
  OrganizationsPolicyTarget,
  OrganizationsRoot,
  OrganizationsSection,
} from '../../src/model/organizations.js';
import { ACCOUNT_ID, ok } from './common.js';

export const ORG_ID = 'o-a1b2c3d4e5';
const orgArn = `arn:aws:organizations::${ACCOUNT_ID}:organization/${ORG_ID}`;

/** An all-features organization whose management account is the scanned account (compliant). */
export function organization(overrides: Partial<OrganizationsOrganization> = {}): OrganizationsOrganization {
  return { arn: orgArn, region: 'global', id: ORG_ID, masterAccountId: ACCOUNT_ID, featureSet: 'ALL', ...overrides };
}

/** A policy target: the organization root by default. */
export function policyTarget(overrides: Partial<OrganizationsPolicyTarget> = {}): OrganizationsPolicyTarget {
  const targetId = overrides.targetId ?? 'r-ab12';
  return { targetId, arn: `arn:aws:organizations::${ACCOUNT_ID}:root/${ORG_ID}/${targetId}`, name: 'Root', type: 'ROOT', ...overrides };
}

/** A customer managed SCP attached to the root (compliant); pass `fullAwsAccess()` for the AWS managed one. */
export function scp(overrides: Partial<OrganizationsPolicy> = {}): OrganizationsPolicy {
  const id = overrides.id ?? 'p-deny0leave';
  return {
    arn: `arn:aws:organizations::${ACCOUNT_ID}:policy/${ORG_ID}/service_control_policy/${id}`,
    region: 'global',
    id,
    name: 'deny-leave-organization',
    awsManaged: false,
    targets: ok([policyTarget()]),
    ...overrides,
  };
}

/** The AWS managed FullAWSAccess SCP every organization has. */
export function fullAwsAccess(): OrganizationsPolicy {
  return {
    arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
    region: 'global',
    id: 'p-FullAWSAccess',
    name: 'FullAWSAccess',
    awsManaged: true,
    targets: null,
  };
}

/** The organization root with the SCP policy type enabled (compliant). */
export function orgRoot(overrides: Partial<OrganizationsRoot> = {}): OrganizationsRoot {
  const id = overrides.id ?? 'r-ab12';
  return {
    arn: `arn:aws:organizations::${ACCOUNT_ID}:root/${ORG_ID}/${id}`,
    region: 'global',
    id,
    policyTypes: [{ type: 'SERVICE_CONTROL_POLICY', status: 'ENABLED' }],
    ...overrides,
  };
}

/** In an organization, with SCPs enabled and a customer managed SCP next to FullAWSAccess. */
export function compliantOrganizationsSection(): OrganizationsSection {
  return { organization: ok(organization()), serviceControlPolicies: ok([fullAwsAccess(), scp()]), roots: ok([orgRoot()]) };
}
