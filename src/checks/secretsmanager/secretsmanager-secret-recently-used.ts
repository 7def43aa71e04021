import { ageMs, defineCheck, eachRegional, fail, formatAge, olderThanDays, pass, undecided } from '../define-check.js';

/** Security Hub's default for SecretsManager.3's unusedForDays parameter. */
const UNUSED_FOR_DAYS = 90;

export const secretsmanagerSecretRecentlyUsed = defineCheck({
  id: 'secretsmanager-secret-recently-used',
  title: 'Secrets Manager secrets have been accessed within 90 days',
  service: 'secretsmanager',
  severity: 'medium',
  resourceType: 'AwsSecretsManagerSecret',
  frameworks: { fsbp: ['SecretsManager.3'], checklist: ['2.4'] },
  rationale:
    'A secret nobody reads is a credential nobody needs, yet everyone who once had access to it can still use it; deleting it revokes that access.',
  remediation: {
    summary: 'Confirm the secret is no longer used, then schedule its deletion (a recovery window of 7 to 30 days lets you restore it).',
    console: 'Secrets Manager console > Secrets > the secret > Actions > Delete secret: choose a waiting period and schedule deletion.',
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html',
  },
  reads: ['secretsmanager'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.secretsmanager.secrets, 'secretsmanager', (s) => {
      // LastAccessedDate is kept to the day; a secret never read counts from its creation.
      const accessed = ageMs(s.lastAccessedDate, ctx.now);
      const created = ageMs(s.createdDate, ctx.now);
      if (accessed === undefined && created === undefined)
        return undecided(s, `Secrets Manager secret ${s.name} reports neither a last accessed date nor a creation date.`);
      if (accessed !== undefined)
        return olderThanDays(accessed, UNUSED_FOR_DAYS)
          ? fail(s, `Secrets Manager secret ${s.name} was last accessed ${formatAge(accessed)} ago, more than ${UNUSED_FOR_DAYS} days.`)
          : pass(s, `Secrets Manager secret ${s.name} was last accessed ${formatAge(accessed)} ago.`);
      const age = created ?? 0;
      return olderThanDays(age, UNUSED_FOR_DAYS)
        ? fail(s, `Secrets Manager secret ${s.name} has never been accessed since it was created ${formatAge(age)} ago.`)
        : pass(s, `Secrets Manager secret ${s.name} has not been accessed yet but was created only ${formatAge(age)} ago.`);
    }),
});
