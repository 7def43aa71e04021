import { defineCheck, eachRegional, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { judgeCrossAccount } from '../lib/resource-policy-cross-account.js';

export const secretsmanagerSecretPolicyNoCrossAccountAccess = defineCheck({
  id: 'secretsmanager-secret-policy-no-cross-account-access',
  title: 'Secrets Manager secret resource policies grant no access to other accounts',
  service: 'secretsmanager',
  severity: 'medium',
  resourceType: 'AwsSecretsManagerSecret',
  frameworks: {},
  rationale:
    "A secret policy that names other accounts, or pins a grant to everyone to other accounts, lets those accounts read or change the secret, governed from then on by their own IAM policies (and, for reading, by access to the secret's KMS key). Such grants should be deliberate and reviewed; service principals are not counted.",
  remediation: {
    summary: 'Remove grants to other accounts that are not needed; keep the ones that are, pinned to the exact roles, and record why.',
    cli: 'aws secretsmanager put-resource-policy --secret-id <secret-arn> --resource-policy file://policy.json --block-public-policy',
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples_cross.html',
  },
  reads: ['secretsmanager'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.secretsmanager.secrets, 'secretsmanager', (secret, region) => {
      const ref = { arn: secret.arn, region, resourceType: 'AwsSecretsManagerSecret' as const };
      if (!secret.resourcePolicy.ok) return unknown(ref, secret.resourcePolicy.error);
      const owner = secret.arn.split(':')[4] ?? ctx.accountId;
      const verdict = judgeCrossAccount(secret.resourcePolicy.value, owner);
      switch (verdict.kind) {
        case 'no-policy':
          return pass(ref, `Secret ${secret.name} has no resource policy, so no other account is granted access.`);
        case 'unreadable':
          return unknown(
            ref,
            missingData(
              'secretsmanager:GetResourcePolicy',
              secret.arn,
              `the resource policy is not a readable policy document (${verdict.reason})`,
              {
                region,
              },
            ),
            `Whether secret ${secret.name} grants other accounts access could not be decided`,
          );
        case 'external':
          return fail(ref, `Secret ${secret.name} resource policy ${verdict.text}.`);
        case 'unresolved':
          return undecided(
            ref,
            `Whether secret ${secret.name} grants other accounts access could not be decided: its policy ${verdict.text}.`,
          );
        case 'own':
          return pass(ref, `Secret ${secret.name} resource policy grants access only within account ${owner}.`);
      }
    }),
});
