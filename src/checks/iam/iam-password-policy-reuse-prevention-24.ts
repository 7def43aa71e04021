import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';

/** CIS 1.9 recommends 24, the most IAM allows. */
const REUSE_PREVENTION = 24;

export const iamPasswordPolicyReusePrevention24 = defineCheck({
  id: 'iam-password-policy-reuse-prevention-24',
  title: 'The IAM password policy prevents reuse of the last 24 passwords',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.16'], 'cis-3.0': ['1.9'], checklist: ['1.7'] },
  rationale: 'Preventing reuse stops users from cycling back to a password that may already be exposed.',
  remediation: {
    summary: 'Set the account password policy to remember 24 previous passwords.',
    cli: 'aws iam update-account-password-policy --password-reuse-prevention 24 <other current settings>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const policy = inv.iam.passwordPolicy;
    if (!policy.ok) return [unknown(account, policy.error)];
    if (!policy.value) return [fail(account, 'The account has no IAM password policy, so passwords may be reused.')];
    const n = policy.value.passwordReusePrevention;
    return n !== null && n >= REUSE_PREVENTION
      ? [pass(account, `The IAM password policy prevents reuse of the last ${n} passwords.`)]
      : [
          fail(
            account,
            n === null
              ? 'The IAM password policy does not prevent password reuse.'
              : `The IAM password policy prevents reuse of only the last ${n} passwords, fewer than ${REUSE_PREVENTION}.`,
          ),
        ];
  },
});
