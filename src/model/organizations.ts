import { z } from 'zod';
import { observedSchema, optionalObservedSchema } from './observed.js';

/** The organization the account belongs to (DescribeOrganization Organization). */
export const OrganizationsOrganization = z.object({
  /** DescribeOrganization Organization.Arn */
  arn: z.string(),
  region: z.literal('global'),
  /** DescribeOrganization Organization.Id */
  id: z.string(),
  /** DescribeOrganization Organization.MasterAccountId: the management account */
  masterAccountId: z.string(),
  /** DescribeOrganization Organization.FeatureSet: ALL, or CONSOLIDATED_BILLING (no SCPs possible) */
  featureSet: z.string(),
});
export type OrganizationsOrganization = z.infer<typeof OrganizationsOrganization>;

/** A root, OU or account a policy is attached to (ListTargetsForPolicy Targets[]). */
export const OrganizationsPolicyTarget = z.object({
  /** ListTargetsForPolicy Targets[].TargetId (r-..., ou-..., or a 12-digit account id) */
  targetId: z.string(),
  /** ListTargetsForPolicy Targets[].Arn */
  arn: z.string(),
  /** ListTargetsForPolicy Targets[].Name */
  name: z.string(),
  /** ListTargetsForPolicy Targets[].Type: ROOT, ORGANIZATIONAL_UNIT or ACCOUNT */
  type: z.string(),
});
export type OrganizationsPolicyTarget = z.infer<typeof OrganizationsPolicyTarget>;

/** A service control policy (ListPolicies(Filter=SERVICE_CONTROL_POLICY) Policies[]). */
export const OrganizationsPolicy = z.object({
  /** ListPolicies Arn */
  arn: z.string(),
  region: z.literal('global'),
  /** ListPolicies Id ('p-FullAWSAccess' for the AWS managed allow-all policy) */
  id: z.string(),
  /** ListPolicies Name */
  name: z.string(),
  /** ListPolicies AwsManaged */
  awsManaged: z.boolean(),
  /**
   * ListTargetsForPolicy(PolicyId), read for customer managed SCPs only (null: AWS managed, i.e.
   * FullAWSAccess, which AWS attaches everywhere and which grants no guardrail)
   */
  targets: observedSchema(z.array(OrganizationsPolicyTarget)).nullable(),
});
export type OrganizationsPolicy = z.infer<typeof OrganizationsPolicy>;

/** A root of the organization (ListRoots Roots[]). */
export const OrganizationsRoot = z.object({
  /** ListRoots Arn */
  arn: z.string(),
  region: z.literal('global'),
  /** ListRoots Id */
  id: z.string(),
  /** ListRoots PolicyTypes: policy types enabled in the root (an SCP has no effect unless SERVICE_CONTROL_POLICY is ENABLED) */
  policyTypes: z.array(z.object({ type: z.string(), status: z.string() })),
});
export type OrganizationsRoot = z.infer<typeof OrganizationsRoot>;

export const OrganizationsSection = z.object({
  /** DescribeOrganization (null: AWSOrganizationsNotInUseException, the account is in no organization) */
  organization: optionalObservedSchema(OrganizationsOrganization),
  /**
   * ListPolicies(Filter=SERVICE_CONTROL_POLICY) (null: no organization). Only the management account
   * or a delegated administrator may call it: from a member account it is an access-denied ReadError.
   */
  serviceControlPolicies: optionalObservedSchema(z.array(OrganizationsPolicy)),
  /** ListRoots (null: no organization); same callers as ListPolicies */
  roots: optionalObservedSchema(z.array(OrganizationsRoot)),
});
export type OrganizationsSection = z.infer<typeof OrganizationsSection>;
