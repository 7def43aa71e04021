/** Shared by the Secrets Manager check tests: one secret in us-east-1, or every region's list denied. */
import type { AnyCheck } from '../../../src/checks/types.js';
import type { SecretsManagerSecret } from '../../../src/model/secretsmanager.js';
import { REGIONS, buildInventory, denied, run } from '../../builders/index.js';
import { secret, secretsmanagerSection } from '../../builders/secretsmanager.js';

export const one = (check: AnyCheck, overrides: Partial<SecretsManagerSecret>) =>
  run(check, buildInventory({ secretsmanager: secretsmanagerSection([secret('s', 'us-east-1', overrides)]) }))[0];

export function listDenied(check: AnyCheck) {
  const section = secretsmanagerSection([]);
  for (const r of REGIONS) section.secrets[r] = denied('secretsmanager:ListSecrets', { region: r });
  return run(check, buildInventory({ secretsmanager: section }))[0];
}
