import type { ReadError } from '../../model/observed.js';
import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';

/**
 * OpenID Connect issuers that sign tokens for workloads (CI pipelines, EKS service accounts), not
 * for people: an IAM OIDC provider for one of them is not centralised human sign-in.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html
 */
const WORKLOAD_OIDC_ISSUERS: readonly RegExp[] = [
  /^token\.actions\.githubusercontent\.com(\/|$)/, // GitHub Actions
  /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//, // EKS IAM roles for service accounts
  /^gitlab\.com(\/|$)/, // GitLab CI/CD
  /^oidc\.circleci\.com\//, // CircleCI
  /^app\.terraform\.io(\/|$)/, // HCP Terraform
  /^api\.bitbucket\.org\/2\.0\/workspaces\//, // Bitbucket Pipelines
  /^agent\.buildkite\.com(\/|$)/, // Buildkite
  /^vstoken\.dev\.azure\.com\//, // Azure DevOps Pipelines
  /^([a-z0-9-]+\.)?app\.spacelift\.io(\/|$)/, // Spacelift
  /^oidc\.vercel\.com(\/|$)/, // Vercel
];

/** 'arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com' -> the issuer host and path. */
const issuerOf = (arn: string) => arn.slice(arn.indexOf(':oidc-provider/') + ':oidc-provider/'.length);
const nameOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

export const identitycenterCentralizedIdentityEnabled = defineCheck({
  id: 'identitycenter-centralized-identity-enabled',
  title: 'People sign in through IAM Identity Center or an identity federation provider',
  service: 'identitycenter',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { 'cis-3.0': ['1.21'], checklist: ['1.22'] },
  rationale:
    'With IAM Identity Center or a federated identity provider, people get short-lived credentials from one directory where joiners and leavers are handled once; separate IAM users per account accumulate long-lived passwords and keys that nobody revokes.',
  remediation: {
    summary:
      'Enable IAM Identity Center (in the management account for an organization) and give people access through permission sets, or federate the account with your identity provider through SAML 2.0; then remove the IAM users people sign in with.',
    console: 'IAM Identity Center console > Enable; or IAM console > Identity providers > Add provider.',
    docs: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/get-set-up-for-idc.html',
  },
  reads: ['identitycenter', 'iam'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const errors: ReadError[] = [];

    for (const region of Object.keys(inv.identitycenter.instances).sort()) {
      const listed = inv.identitycenter.instances[region];
      if (!listed) continue;
      if (!listed.ok) {
        errors.push(listed.error);
        continue;
      }
      const active = listed.value.find((i) => i.status === 'ACTIVE');
      if (active) {
        const owner = active.ownerAccountId && active.ownerAccountId !== ctx.accountId ? ` owned by account ${active.ownerAccountId}` : '';
        return [
          pass(account, `Account ${ctx.accountId} can use the IAM Identity Center instance ${nameOf(active.arn)}${owner} in ${region}.`),
        ];
      }
    }

    const saml = inv.iam.samlProviders;
    const notes: string[] = [];
    if (saml.ok) {
      // A provider whose metadata has expired can no longer sign anyone in.
      const valid = saml.value.find((p) => !p.validUntil || Date.parse(p.validUntil) > ctx.now.getTime());
      if (valid) return [pass(account, `Account ${ctx.accountId} federates sign-in through the SAML provider ${nameOf(valid.arn)}.`)];
      if (saml.value.length)
        notes.push(
          `the metadata of SAML provider${saml.value.length > 1 ? 's' : ''} ${saml.value.map((p) => nameOf(p.arn)).join(', ')} has expired`,
        );
    } else {
      errors.push(saml.error);
    }

    const oidc = inv.iam.oidcProviders;
    const workload: string[] = [];
    if (oidc.ok) {
      for (const p of oidc.value) {
        const issuer = issuerOf(p.arn);
        if (WORKLOAD_OIDC_ISSUERS.some((re) => re.test(issuer))) workload.push(issuer);
        else return [pass(account, `Account ${ctx.accountId} federates sign-in through the OpenID Connect provider ${issuer}.`)];
      }
    } else {
      errors.push(oidc.error);
    }

    if (errors.length)
      return [
        unknown(account, errors, 'No IAM Identity Center instance or identity provider was found, but not every place could be read'),
      ];
    if (workload.length)
      notes.push(
        `the OpenID Connect provider${workload.length > 1 ? 's' : ''} ${workload.join(', ')} serve${workload.length > 1 ? '' : 's'} workloads, not people`,
      );
    const note = notes.length ? ` (${notes.join('; ')})` : '';
    return [
      fail(
        account,
        `Account ${ctx.accountId} has no IAM Identity Center instance in the scanned regions and no SAML or OpenID Connect provider for people${note}.`,
      ),
    ];
  },
});
