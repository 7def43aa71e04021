import { defineCheck, eachRegional } from '../define-check.js';
import { ok } from '../../model/observed.js';
import { taggedVerdict } from '../lib/tags.js';

export const secretsmanagerSecretTagged = defineCheck({
  id: 'secretsmanager-secret-tagged',
  title: 'Secrets Manager secrets are tagged',
  service: 'secretsmanager',
  severity: 'low',
  resourceType: 'AwsSecretsManagerSecret',
  frameworks: { fsbp: ['SecretsManager.5'] },
  rationale:
    'Tags identify who owns a secret and what uses it; untagged secrets are hard to attribute and to clean up, and tag-based access control cannot cover them.',
  remediation: {
    summary: 'Tag the secret with at least your ownership and purpose keys (aws: system tags do not count).',
    console: 'Secrets Manager console > Secrets > the secret > Tags > Edit tags.',
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/managing-secrets_tagging.html',
  },
  reads: ['secretsmanager'],
  evaluate: (inv, ctx) =>
    // ListSecrets returns the tags with the secret: they were read whenever the secret was listed.
    eachRegional(ctx, inv.secretsmanager.secrets, 'secretsmanager', (s) =>
      taggedVerdict(s, `Secrets Manager secret ${s.name}`, ok(s.tags)),
    ),
});
