import { defineCheck, eachRegional, fail, missingData, pass, undecided, unknown } from '../define-check.js';

export const ecrRepositoryEncryptedCmk = defineCheck({
  id: 'ecr-repository-encrypted-cmk',
  title: 'ECR repositories are encrypted with customer managed KMS keys',
  service: 'ecr',
  severity: 'medium',
  resourceType: 'AwsEcrRepository',
  // Security Hub ECR.5 (AWS Config ecr-repository-cmk-encryption-enabled, kmsKeyArns unset):
  // fails when the repository is encrypted with AES256 or the AWS managed key aws/ecr. Whether a
  // key is customer managed comes from the KMS section (DescribeKey KeyManager).
  frameworks: { fsbp: ['ECR.5'] },
  rationale:
    'A customer managed key puts decryption of the images under a key policy you control, which you can audit, restrict to the roles that pull, and revoke.',
  remediation: {
    summary:
      'Encryption is fixed when a repository is created: create a repository with KMS encryption and a customer managed key, push the images to it and delete the old one.',
    console: 'ECR console > Create repository > Encryption settings > AWS KMS > Customize encryption settings > choose your key.',
    docs: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html',
  },
  reads: ['ecr', 'kms'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ecr.regions, 'repositories', 'ecr', (repo, _data, region) => {
      if (!repo.encryptionType.startsWith('KMS'))
        return fail(repo, `ECR repository ${repo.name} is encrypted with ${repo.encryptionType}, not a KMS key.`);
      if (repo.kmsKey === null) return fail(repo, `ECR repository ${repo.name} is encrypted with the AWS managed key aws/ecr.`);
      const keys = inv.kms.keys[region];
      if (!keys) return unknown(repo, missingData('kms:ListKeys', repo.arn, 'the region was not read', { region }));
      if (!keys.ok) return unknown(repo, keys.error);
      const key = keys.value.find((k) => k.arn === repo.kmsKey || k.keyId === repo.kmsKey);
      if (!key)
        return undecided(
          repo,
          `ECR repository ${repo.name} is encrypted with KMS key ${repo.kmsKey}, which is not among this account's keys in ${region}.`,
        );
      if (!key.metadata.ok) return unknown(repo, key.metadata.error);
      return key.metadata.value.keyManager === 'CUSTOMER'
        ? pass(repo, `ECR repository ${repo.name} is encrypted with customer managed KMS key ${key.aliases[0] ?? key.keyId}.`)
        : fail(repo, `ECR repository ${repo.name} is encrypted with AWS managed KMS key ${key.aliases[0] ?? key.keyId}.`);
    }),
});
