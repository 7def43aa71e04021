import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { fileSystemLabel } from './label.js';

export const efsFileSystemEncryptedKms = defineCheck({
  id: 'efs-file-system-encrypted-kms',
  title: 'EFS file systems encrypt file data at rest with AWS KMS',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsFileSystem',
  // FSBP EFS.1 (AWS Config efs-encrypted-check without its KmsKeyId parameter): fails when
  // DescribeFileSystems reports Encrypted false. CIS 2.4.1 asks the same.
  frameworks: { fsbp: ['EFS.1'], 'cis-3.0': ['2.4.1'], checklist: ['3.32'] },
  rationale:
    'Encryption at rest with a KMS key protects file data and metadata on the underlying storage and lets a key policy and CloudTrail govern and record who can decrypt it.',
  remediation: {
    summary:
      'Encryption at rest can only be chosen when a file system is created: create an encrypted file system, copy the data (for example with AWS DataSync), and move clients to it.',
    console:
      'EFS console > Create file system > Customize > Enable encryption of data at rest; then migrate the data and delete the old file system.',
    docs: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
  },
  reads: ['efs'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.efs.regions, 'fileSystems', 'elasticfilesystem', (fs) =>
      fs.encrypted
        ? pass(fs, `EFS file system ${fileSystemLabel(fs)} is encrypted at rest with KMS key ${fs.kmsKeyId ?? '(not named)'}.`)
        : fail(fs, `EFS file system ${fileSystemLabel(fs)} is not encrypted at rest.`),
    ),
});
