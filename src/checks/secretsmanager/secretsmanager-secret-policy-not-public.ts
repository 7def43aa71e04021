import { defineCheck, eachRegional, fail, missingData, pass, unknown } from '../define-check.js';
import { judgePublicPolicy } from '../lib/resource-policy-public.js';

export const secretsmanagerSecretPolicyNotPublic = defineCheck({
  id: 'secretsmanager-secret-policy-not-public',
  title: 'Secrets Manager secret resource policies do not allow public access',
  service: 'secretsmanager',
  severity: 'critical',
  resourceType: 'AwsSecretsManagerSecret',
  frameworks: {},
  rationale:
    "A secret policy that grants everyone secretsmanager:GetSecretValue lets any AWS account read the secret (Secrets Manager's Block Public Policy refuses such policies only when the caller asks for it). No Security Hub control covers it; as for the other resource policies, a grant to everyone is not public only when a condition pins the caller to fixed values, such as aws:PrincipalOrgID, aws:SourceAccount or aws:SourceVpce.",
  remediation: {
    summary:
      'Replace grants to Principal "*" with the roles that need the secret, or pin them with aws:PrincipalOrgID or aws:SourceVpce; use put-resource-policy with --block-public-policy so public policies are refused.',
    cli: 'aws secretsmanager put-resource-policy --secret-id <secret-arn> --resource-policy file://policy.json --block-public-policy',
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html',
  },
  reads: ['secretsmanager'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.secretsmanager.secrets, 'secretsmanager', (secret, region) => {
      const ref = { arn: secret.arn, region, resourceType: 'AwsSecretsManagerSecret' as const };
      if (!secret.resourcePolicy.ok) return unknown(ref, secret.resourcePolicy.error);
      const verdict = judgePublicPolicy(secret.resourcePolicy.value);
      switch (verdict.kind) {
        case 'no-policy':
          return pass(ref, `Secret ${secret.name} has no resource policy, so only its own account's IAM grants apply.`);
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
            `Whether secret ${secret.name} is public could not be decided`,
          );
        case 'public':
          return fail(ref, `Secret ${secret.name} resource policy ${verdict.text}.`);
        case 'not-public':
          return pass(ref, `Secret ${secret.name} resource policy ${verdict.text}.`);
      }
    }),
});
