import type { Inventory } from '../model/inventory.js';
import type { ReadError } from '../model/observed.js';
import type { Status } from '../model/vocabulary.js';
import type { CheckMetaDoc, Finding, FindingsDocument } from './finding.js';
import { withDerivedTotals } from './run.js';

/**
 * `bulwark scan --secrets PATH`: what a source-tree scan found, judged against the account.
 *
 * The scan's results reach this module reduced to key IDs and places (file:line, commit): never a
 * secret. Key IDs are shown in full, because AWS documents them as identifiers rather than secrets,
 * and deactivating a key needs its exact ID. Each found key is looked up in the account by the IAM
 * collector (GetAccessKeyLastUsed names its owner, ListAccessKeys its status): two calls per key.
 */
export interface SourceSecretsInput {
  /** Every AWS access key ID found, with where it was found (e.g. `repo/.env:3 @ 1a2b3c4d5e6f`). */
  accessKeys: { accessKeyId: string; locations: string[] }[];
  /** Every private key found, with its place and whether a passphrase protects it. */
  privateKeys: { location: string; encrypted: boolean }[];
}

const base = { service: 'secrets', rationale: '', frameworks: { fsbp: [], 'cis-3.0': [], 'cis-5.0': [], checklist: [] as string[] } };

export const LEAKED_KEY_CHECK: CheckMetaDoc = {
  ...base,
  id: 'secrets-leaked-access-key-inactive',
  title: 'Access keys found in source trees are not active in the account',
  severity: 'critical',
  resourceType: 'AwsIamAccessKey',
  frameworks: { ...base.frameworks, checklist: ['2.1'] },
  rationale:
    'A key ID in code usually travels with its secret key; while the key is active anyone who can read the code (a clone, a fork, a CI log, a leaked backup) can act as the IAM user.',
  remediation: {
    summary:
      'Deactivate the key at once, check CloudTrail for its use since it was committed, create a new key for the user if still needed, and remove the secret from the code and its history.',
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
  },
};

export const PRIVATE_KEY_CHECK: CheckMetaDoc = {
  ...base,
  id: 'secrets-private-key-passphrase-protected',
  title: 'Private keys found in the scanned paths are passphrase-protected',
  severity: 'high',
  resourceType: 'Other',
  frameworks: { ...base.frameworks, checklist: ['2.2'] },
  rationale: 'An unencrypted private key file is the credential itself: whoever copies the file can log in or decrypt as its owner.',
  remediation: {
    summary:
      'Add a passphrase to the key (ssh-keygen -p -f <file>), or better, move it out of the tree into an agent or a secrets store, and rotate it if it was ever shared.',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html',
  },
};

function finding(check: CheckMetaDoc, inv: Inventory, status: Status, resourceArn: string, reason: string, errors?: ReadError[]): Finding {
  return {
    checkId: check.id,
    title: check.title,
    status,
    severity: check.severity,
    service: check.service,
    accountId: inv.account.id,
    region: 'global',
    resourceArn,
    resourceType: check.resourceType,
    reason,
    frameworks: check.frameworks,
    ...(errors?.length ? { errors } : {}),
  };
}

const where = (locations: string[]) =>
  locations.length <= 3 ? locations.join(', ') : `${locations.slice(0, 3).join(', ')} and ${locations.length - 3} more places`;

/** One finding per key ID found: FAIL when it is an active key of an IAM user; UNKNOWN when that cannot be known. */
export function leakedKeyFindings(inv: Inventory, input: SourceSecretsInput): Finding[] {
  const accountArn = `arn:${inv.account.partition}:iam::${inv.account.id}:root`;
  const iam = inv.iam;
  return input.accessKeys.map(({ accessKeyId, locations }) => {
    const found = `Access key ${accessKeyId} found in ${where(locations)}`;
    if (accessKeyId.startsWith('ASIA'))
      return finding(
        LEAKED_KEY_CHECK,
        inv,
        'PASS',
        accountArn,
        `${found} is a temporary (STS) key ID: IAM lists no such keys, and it expires within 36 hours; its session token is the secret to look for.`,
      );
    if (!iam)
      return finding(
        LEAKED_KEY_CHECK,
        inv,
        'UNKNOWN',
        accountArn,
        `${found}; the IAM section was not collected, so whether it is active is unknown.`,
      );
    const lookup = iam.accessKeyLookups?.[accessKeyId];
    if (!lookup)
      return finding(
        LEAKED_KEY_CHECK,
        inv,
        'UNKNOWN',
        accountArn,
        `${found}; the key was not looked up in the account (an inventory collected without scan --secrets).`,
      );
    if (!lookup.ok) return finding(LEAKED_KEY_CHECK, inv, 'UNKNOWN', accountArn, `${found}; its owner could not be read.`, [lookup.error]);
    if (lookup.value) {
      const key = lookup.value;
      const userArn = iam.users.ok ? iam.users.value.find((u) => u.userName === key.userName)?.arn : undefined;
      const owner = userArn ?? `arn:${inv.account.partition}:iam::${inv.account.id}:user/${key.userName}`;
      if (key.status === null)
        return finding(
          LEAKED_KEY_CHECK,
          inv,
          'UNKNOWN',
          owner,
          `${found}: AWS names IAM user ${key.userName} as its owner, but that user's access key list does not hold it (deleted since?).`,
        );
      if (key.status !== 'Active')
        return finding(
          LEAKED_KEY_CHECK,
          inv,
          'PASS',
          owner,
          `${found} belongs to IAM user ${key.userName} and is ${key.status.toLowerCase()}.`,
        );
      const lastUse = key.lastUsedDate ? `last used ${key.lastUsedDate}${key.serviceName ? ` (${key.serviceName})` : ''}` : 'never used';
      return finding(LEAKED_KEY_CHECK, inv, 'FAIL', owner, `${found} is an ACTIVE access key of IAM user ${key.userName}, ${lastUse}.`);
    }
    // The root user's key IDs are not listed by IAM: an unmatched key could be root's while root has keys.
    const summary = iam.accountSummary;
    if (!summary.ok)
      return finding(
        LEAKED_KEY_CHECK,
        inv,
        'UNKNOWN',
        accountArn,
        `${found} is no IAM user's key; whether the root user has access keys could not be read.`,
        [summary.error],
      );
    if (summary.value.accountAccessKeysPresent > 0)
      return finding(
        LEAKED_KEY_CHECK,
        inv,
        'UNKNOWN',
        accountArn,
        `${found} is no IAM user's key, and the root user has access keys whose IDs IAM does not list: it may be one of them.`,
      );
    return finding(
      LEAKED_KEY_CHECK,
      inv,
      'PASS',
      accountArn,
      `${found} is not an access key of account ${inv.account.id} (no IAM user has it and the root user has none).`,
    );
  });
}

export function privateKeyFindings(inv: Inventory, input: SourceSecretsInput): Finding[] {
  if (input.privateKeys.length === 0)
    return [finding(PRIVATE_KEY_CHECK, inv, 'NOT_APPLICABLE', 'file:.', 'No private key was found in the scanned paths.')];
  return input.privateKeys.map(({ location, encrypted }) =>
    encrypted
      ? finding(PRIVATE_KEY_CHECK, inv, 'PASS', `file:${location}`, `The private key at ${location} is passphrase-protected.`)
      : finding(PRIVATE_KEY_CHECK, inv, 'FAIL', `file:${location}`, `The private key at ${location} is not protected by a passphrase.`),
  );
}

/** The findings document with the two source-tree checks added, and its totals and compliance recomputed. */
export function withSourceSecrets(doc: FindingsDocument, inv: Inventory, input: SourceSecretsInput): FindingsDocument {
  const findings = [...leakedKeyFindings(inv, input), ...privateKeyFindings(inv, input)];
  return withDerivedTotals({
    ...doc,
    checks: [...doc.checks, LEAKED_KEY_CHECK, PRIVATE_KEY_CHECK],
    findings: [...doc.findings, ...findings],
  });
}
