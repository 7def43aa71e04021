import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';

/** CIS 1.8 / FSBP IAM.15. */
const MIN_LENGTH = 14;

export const iamPasswordPolicyMinimumLength14 = defineCheck({
  id: 'iam-password-policy-minimum-length-14',
  title: 'The IAM password policy requires at least 14 characters',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.15'], 'cis-3.0': ['1.8'], checklist: ['1.7'] },
  rationale: 'Long passwords resist brute-force and guessing attacks; without a policy IAM accepts 8-character passwords.',
  remediation: {
    summary: 'Set an account password policy with a minimum length of 14 or more.',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --max-password-age 90',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const policy = inv.iam.passwordPolicy;
    if (!policy.ok) return [unknown(account, policy.error)];
    if (!policy.value) return [fail(account, 'The account has no IAM password policy, so passwords of 8 characters are accepted.')];
    const length = policy.value.minimumPasswordLength;
    return length !== null && length >= MIN_LENGTH
      ? [pass(account, `The IAM password policy requires at least ${length} characters.`)]
      : [fail(account, `The IAM password policy requires only ${length ?? 'the default 8'} characters, fewer than ${MIN_LENGTH}.`)];
  },
});
