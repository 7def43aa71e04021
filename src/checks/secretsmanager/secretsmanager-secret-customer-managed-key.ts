import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

const AWS_MANAGED_ALIAS = 'alias/aws/secretsmanager';

export const secretsmanagerSecretCustomerManagedKey = defineCheck({
  id: 'secretsmanager-secret-customer-managed-key',
  title: 'Secrets Manager secrets are encrypted with a customer managed KMS key',
  service: 'secretsmanager',
  severity: 'low',
  resourceType: 'AwsSecretsManagerSecret',
  frameworks: {},
  rationale:
    'The AWS managed key aws/secretsmanager lets every principal of the account that may read the secret decrypt it, and it cannot be shared with other accounts; a customer managed key adds a key policy you control as a second gate, and its use is logged per key.',
  remediation: {
    summary:
      'Create a customer managed symmetric KMS key, grant the secret\u2019s readers kms:Decrypt on it, and switch the secret to it (new versions are encrypted with it).',
    console:
      'Secrets Manager console > Secrets > the secret > Secret details > Actions > Edit encryption key: choose the customer managed key.',
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html',
  },
  reads: ['secretsmanager'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.secretsmanager.secrets, 'secretsmanager', (s) =>
      s.kmsKeyId === null || s.kmsKeyId === AWS_MANAGED_ALIAS || s.kmsKeyId.endsWith(`:${AWS_MANAGED_ALIAS}`)
        ? fail(s, `Secrets Manager secret ${s.name} is encrypted with the AWS managed key aws/secretsmanager.`)
        : pass(s, `Secrets Manager secret ${s.name} is encrypted with the KMS key ${s.kmsKeyId}.`),
    ),
});
