/**
 * Demo-account IAM: a plausible small team account with the usual mistakes (a console user
 * without MFA holding two unused keys, a hand-made admin policy attached straight to a user, an
 * "s3:*" policy, an inline admin policy on a role, a weak password policy, a certificate left to
 * expire) next to a compliant user in a group and a support role. Global: the regions are unused.
 */
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateSAMLProviderCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
  PutRolePolicyCommand,
  UpdateAccountPasswordPolicyCommand,
  UploadServerCertificateCommand,
} from '@aws-sdk/client-iam';
import { MOTO_ACCOUNT_ID, seedConfig } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const A = `arn:aws:iam::${MOTO_ACCOUNT_ID}`;
const ROOT = `${A}:root`;
const ADMIN_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Everything', Effect: 'Allow', Action: '*', Resource: '*' }],
});
const S3_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::demo-data', 'arn:aws:s3:::demo-data/*'] }],
});
const TRUST_ACCOUNT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'sts:AssumeRole' }],
});
// moto checks neither the metadata schema nor the signature, only a minimum length.
const SAML_METADATA =
  `<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.demo.example/saml"></md:EntityDescriptor>`.padEnd(
    1200,
    ' ',
  );

export async function seedIam(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  // seedConfig reads only the endpoint.
  const iam = new IAMClient(seedConfig(moto, regions[0] ?? 'us-east-1'));
  try {
    await iam.send(
      new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 8, RequireNumbers: true, AllowUsersToChangePassword: true }),
    );

    // A console user without MFA, with two keys made "just in case" and CloudShell full access.
    await iam.send(new CreateUserCommand({ UserName: 'demo-console-user' }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'demo-console-user', Password: 'Summer2024!demo' }));
    await iam.send(new CreateAccessKeyCommand({ UserName: 'demo-console-user' }));
    await iam.send(new CreateAccessKeyCommand({ UserName: 'demo-console-user' }));
    await iam.send(
      new AttachUserPolicyCommand({ UserName: 'demo-console-user', PolicyArn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess' }),
    );

    // A hand-written admin policy attached straight to a user.
    const admin = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'demo-admin-all',
        PolicyDocument: ADMIN_ALL,
        Description: 'temporary, remove after migration',
      }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'demo-admin-user' }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'demo-admin-user', PolicyArn: admin.Policy?.Arn }));

    // A group with an "s3:*" policy and a compliant member (MFA, no password, no keys).
    const s3 = await iam.send(new CreatePolicyCommand({ PolicyName: 'demo-s3-wildcard', PolicyDocument: S3_ALL }));
    await iam.send(new CreateGroupCommand({ GroupName: 'demo-developers' }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'demo-developers', PolicyArn: s3.Policy?.Arn }));
    await iam.send(new CreateUserCommand({ UserName: 'demo-compliant-user', Tags: [{ Key: 'team', Value: 'developers' }] }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'demo-developers', UserName: 'demo-compliant-user' }));
    const mfa = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'demo-compliant-user' }));
    await iam.send(
      new EnableMFADeviceCommand({
        UserName: 'demo-compliant-user',
        SerialNumber: mfa.VirtualMFADevice?.SerialNumber,
        AuthenticationCode1: '123456',
        AuthenticationCode2: '234567',
      }),
    );

    // An operations role with a hand-written inline admin policy, and a support role.
    await iam.send(new CreateRoleCommand({ RoleName: 'demo-ops', AssumeRolePolicyDocument: TRUST_ACCOUNT }));
    await iam.send(new PutRolePolicyCommand({ RoleName: 'demo-ops', PolicyName: 'demo-ops-everything', PolicyDocument: ADMIN_ALL }));
    await iam.send(
      new CreateRoleCommand({ RoleName: 'demo-support', AssumeRolePolicyDocument: TRUST_ACCOUNT, Tags: [{ Key: 'owner', Value: 'ops' }] }),
    );
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'demo-support', PolicyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' }));

    await iam.send(new CreateSAMLProviderCommand({ Name: 'demo-idp', SAMLMetadataDocument: SAML_METADATA }));
    // moto records every server certificate as expired in 2012.
    await iam.send(
      new UploadServerCertificateCommand({
        ServerCertificateName: 'demo-legacy-cert',
        CertificateBody: 'demo-body',
        PrivateKey: 'demo-key',
      }),
    );
  } finally {
    iam.destroy();
  }

  const user = (name: string) => `${A}:user/${name}`;
  return [
    // Root: moto hard-codes AccountMFAEnabled = AccountAccessKeysPresent = 0 and writes no root row.
    { checkId: 'iam-root-access-keys-absent', resourceArn: ROOT, status: 'PASS' },
    { checkId: 'iam-root-mfa-enabled', resourceArn: ROOT, status: 'FAIL' },
    { checkId: 'iam-root-hardware-mfa-enabled', resourceArn: ROOT, status: 'FAIL' },
    { checkId: 'iam-root-not-recently-used', resourceArn: ROOT, status: 'UNKNOWN' },
    { checkId: 'iam-password-policy-minimum-length-14', resourceArn: ROOT, status: 'FAIL' },
    { checkId: 'iam-password-policy-reuse-prevention-24', resourceArn: ROOT, status: 'FAIL' },
    { checkId: 'iam-password-policy-strong', resourceArn: ROOT, status: 'FAIL' },
    { checkId: 'iam-password-policy-uppercase-required', resourceArn: ROOT, status: 'FAIL' },
    { checkId: 'iam-password-policy-lowercase-required', resourceArn: ROOT, status: 'FAIL' },
    { checkId: 'iam-password-policy-symbols-required', resourceArn: ROOT, status: 'FAIL' },
    { checkId: 'iam-password-policy-numbers-required', resourceArn: ROOT, status: 'PASS' },
    { checkId: 'iam-password-policy-expires-within-90-days', resourceArn: ROOT, status: 'FAIL' },
    { checkId: 'iam-password-policy-pci-configuration', resourceArn: ROOT, status: 'FAIL' },
    { checkId: 'iam-user-console-mfa-enabled', resourceArn: user('demo-console-user'), status: 'FAIL' },
    { checkId: 'iam-user-mfa-enabled', resourceArn: user('demo-console-user'), status: 'FAIL' },
    { checkId: 'iam-user-mfa-enabled', resourceArn: user('demo-admin-user'), status: 'FAIL' },
    { checkId: 'iam-user-mfa-enabled', resourceArn: user('demo-compliant-user'), status: 'PASS' },
    { checkId: 'iam-user-single-active-access-key', resourceArn: user('demo-console-user'), status: 'FAIL' },
    { checkId: 'iam-user-single-active-access-key', resourceArn: user('demo-compliant-user'), status: 'PASS' },
    { checkId: 'iam-user-console-no-unused-access-keys', resourceArn: user('demo-console-user'), status: 'FAIL' },
    { checkId: 'iam-user-no-policies-attached', resourceArn: user('demo-console-user'), status: 'FAIL' },
    { checkId: 'iam-user-no-policies-attached', resourceArn: user('demo-admin-user'), status: 'FAIL' },
    { checkId: 'iam-user-no-policies-attached', resourceArn: user('demo-compliant-user'), status: 'PASS' },
    { checkId: 'iam-policy-no-full-admin', resourceArn: `${A}:policy/demo-admin-all`, status: 'FAIL' },
    { checkId: 'iam-policy-no-full-admin', resourceArn: `${A}:policy/demo-s3-wildcard`, status: 'PASS' },
    { checkId: 'iam-policy-no-service-wildcard-actions', resourceArn: `${A}:policy/demo-s3-wildcard`, status: 'FAIL' },
    { checkId: 'iam-policy-no-service-wildcard-actions', resourceArn: `${A}:policy/demo-admin-all`, status: 'FAIL' },
    { checkId: 'iam-inline-policy-no-full-admin', resourceArn: `${A}:role/demo-ops`, status: 'FAIL' },
    { checkId: 'iam-inline-policy-no-full-admin', resourceArn: `${A}:role/demo-support`, status: 'PASS' },
    { checkId: 'iam-principal-managed-policies-used', resourceArn: `${A}:role/demo-ops`, status: 'FAIL' },
    { checkId: 'iam-principal-managed-policies-used', resourceArn: `${A}:group/demo-developers`, status: 'PASS' },
    { checkId: 'iam-support-role-exists', resourceArn: ROOT, status: 'PASS' },
    // IAM.24 / IAM.25: only the compliant user and the support role carry tags.
    { checkId: 'iam-user-tagged', resourceArn: user('demo-compliant-user'), status: 'PASS' },
    { checkId: 'iam-user-tagged', resourceArn: user('demo-console-user'), status: 'FAIL' },
    { checkId: 'iam-role-tagged', resourceArn: `${A}:role/demo-support`, status: 'PASS' },
    { checkId: 'iam-role-tagged', resourceArn: `${A}:role/demo-ops`, status: 'FAIL' },
    // KMS.1 / KMS.2: "*" on "*" includes kms:Decrypt on every key; "s3:*" does not.
    { checkId: 'kms-customer-policy-no-decrypt-on-all-keys', resourceArn: `${A}:policy/demo-admin-all`, status: 'FAIL' },
    { checkId: 'kms-customer-policy-no-decrypt-on-all-keys', resourceArn: `${A}:policy/demo-s3-wildcard`, status: 'PASS' },
    { checkId: 'kms-inline-policy-no-decrypt-on-all-keys', resourceArn: `${A}:role/demo-ops`, status: 'FAIL' },
    { checkId: 'kms-inline-policy-no-decrypt-on-all-keys', resourceArn: `${A}:role/demo-support`, status: 'PASS' },
    { checkId: 'iam-cloudshell-full-access-not-attached', resourceArn: user('demo-console-user'), status: 'FAIL' },
    { checkId: 'iam-server-certificate-not-expired', resourceArn: `${A}:server-certificate/demo-legacy-cert`, status: 'FAIL' },
    // moto answers GenerateServiceLastAccessedDetails with HTTP 500.
    { checkId: 'iam-principal-no-unused-services', resourceArn: user('demo-admin-user'), status: 'UNKNOWN' },
    { checkId: 'iam-principal-no-unused-services', resourceArn: `${A}:role/demo-ops`, status: 'UNKNOWN' },
  ];
}
