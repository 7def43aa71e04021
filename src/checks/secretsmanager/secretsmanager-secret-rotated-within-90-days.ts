import { ageMs, defineCheck, eachRegional, fail, formatAge, olderThanDays, pass, undecided } from '../define-check.js';

/** Security Hub's default for SecretsManager.4's maxDaysSinceRotation parameter. */
const MAX_DAYS = 90;

export const secretsmanagerSecretRotatedWithin90Days = defineCheck({
  id: 'secretsmanager-secret-rotated-within-90-days',
  title: 'Secrets Manager secrets have been rotated within 90 days',
  service: 'secretsmanager',
  severity: 'medium',
  resourceType: 'AwsSecretsManagerSecret',
  frameworks: { fsbp: ['SecretsManager.4'], checklist: ['2.4'] },
  rationale:
    'The longer a secret stays the same, the more logs, caches, laptops and former colleagues it has reached; rotating it at least every 90 days bounds that exposure.',
  remediation: {
    summary: 'Rotate the secret now and turn on automatic rotation with an interval of 90 days or less.',
    console:
      'Secrets Manager console > Secrets > the secret > Rotation configuration > Edit rotation (schedule of 90 days or less), then Rotate secret immediately.',
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
  },
  reads: ['secretsmanager'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.secretsmanager.secrets, 'secretsmanager', (s) => {
      const rotated = ageMs(s.lastRotatedDate, ctx.now);
      if (rotated !== undefined)
        return olderThanDays(rotated, MAX_DAYS)
          ? fail(s, `Secrets Manager secret ${s.name} was last rotated ${formatAge(rotated)} ago, more than ${MAX_DAYS} days.`)
          : pass(s, `Secrets Manager secret ${s.name} was last rotated ${formatAge(rotated)} ago.`);
      // Never rotated: its value is as old as the secret.
      const created = ageMs(s.createdDate, ctx.now);
      if (created === undefined)
        return undecided(s, `Secrets Manager secret ${s.name} reports neither a last rotation date nor a creation date.`);
      return olderThanDays(created, MAX_DAYS)
        ? fail(s, `Secrets Manager secret ${s.name} has never been rotated since it was created ${formatAge(created)} ago.`)
        : pass(s, `Secrets Manager secret ${s.name} has not been rotated yet but was created only ${formatAge(created)} ago.`);
    }),
});
