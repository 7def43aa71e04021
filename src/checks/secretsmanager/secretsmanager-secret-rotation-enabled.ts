import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const secretsmanagerSecretRotationEnabled = defineCheck({
  id: 'secretsmanager-secret-rotation-enabled',
  title: 'Secrets Manager secrets have automatic rotation enabled',
  service: 'secretsmanager',
  severity: 'medium',
  resourceType: 'AwsSecretsManagerSecret',
  frameworks: { fsbp: ['SecretsManager.1'], checklist: ['2.4'] },
  rationale:
    'Automatic rotation replaces a long-lived credential with short-lived ones, limiting how long a leaked or stolen secret stays usable.',
  remediation: {
    summary: 'Turn on automatic rotation with a rotation function (or managed rotation) and a schedule.',
    console:
      'Secrets Manager console > Secrets > the secret > Rotation configuration > Edit rotation: enable automatic rotation, choose a schedule and a rotation function.',
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
  },
  reads: ['secretsmanager'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.secretsmanager.secrets, 'secretsmanager', (s) =>
      s.rotationEnabled
        ? pass(
            s,
            `Secrets Manager secret ${s.name} rotates automatically (${s.rotationIntervalDays !== null ? `every ${s.rotationIntervalDays} days` : (s.rotationSchedule ?? 'on a schedule')}).`,
          )
        : fail(s, `Secrets Manager secret ${s.name} does not have automatic rotation enabled.`),
    ),
});
