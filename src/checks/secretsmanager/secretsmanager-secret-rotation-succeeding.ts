import { defineCheck, eachRegional, fail, notApplicable, pass, undecided } from '../define-check.js';

const DAY = 86_400_000;

export const secretsmanagerSecretRotationSucceeding = defineCheck({
  id: 'secretsmanager-secret-rotation-succeeding',
  title: 'Secrets Manager secrets with automatic rotation rotate on schedule',
  service: 'secretsmanager',
  severity: 'medium',
  resourceType: 'AwsSecretsManagerSecret',
  frameworks: { fsbp: ['SecretsManager.2'], checklist: ['2.4'] },
  rationale:
    'A rotation that keeps failing leaves the old credential in place while the configuration suggests it is short-lived; failures usually mean the rotation function cannot reach the database or lacks permissions.',
  remediation: {
    summary:
      'Find why the rotation function fails (its CloudWatch Logs), fix its network access or permissions, then rotate the secret once by hand.',
    console:
      'Secrets Manager console > Secrets > the secret > Rotation configuration > Rotate secret immediately, after fixing the rotation function.',
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html',
  },
  reads: ['secretsmanager'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.secretsmanager.secrets, 'secretsmanager', (s) => {
      if (!s.rotationEnabled) return notApplicable(s, `Secrets Manager secret ${s.name} has no automatic rotation configured.`);
      // AWS: the next rotation happens "on or before" NextRotationDate, so a date in the past means
      // the scheduled rotation did not happen (Security Hub's RotationOccurringAsScheduled false).
      let due = s.nextRotationDate ? Date.parse(s.nextRotationDate) : NaN;
      let basis = 'its next rotation date';
      if (Number.isNaN(due) && s.rotationIntervalDays !== null) {
        const from = s.lastRotatedDate ?? s.createdDate;
        if (from) {
          due = Date.parse(from) + s.rotationIntervalDays * DAY;
          basis = `${s.lastRotatedDate ? 'its last rotation' : 'its creation'} plus ${s.rotationIntervalDays} days`;
        }
      }
      if (Number.isNaN(due))
        return undecided(s, `Secrets Manager secret ${s.name} has rotation enabled but reports no next rotation date to compare with.`);
      const day = new Date(due).toISOString().slice(0, 10);
      if (due < ctx.now.getTime())
        return fail(s, `Secrets Manager secret ${s.name} was due to rotate by ${day} (${basis}) and has not rotated since.`);
      return pass(s, `Secrets Manager secret ${s.name} is on schedule: next rotation by ${day}.`);
    }),
});
