import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { fileSystemLabel } from './label.js';

export const efsFileSystemEncryptedAtRest = defineCheck({
  id: 'efs-file-system-encrypted-at-rest',
  title: 'EFS file systems are encrypted at rest',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsFileSystem',
  // FSBP EFS.8 (AWS Config efs-filesystem-ct-encrypted, its kmsKeyArns parameter unset): fails
  // when a file system is not encrypted. EFS.1 judges the same field through another Config rule.
  frameworks: { fsbp: ['EFS.8'] },
  rationale:
    'An unencrypted file system leaves file data and metadata readable on the underlying storage and in its backups; encryption at rest can only be turned on when the file system is created.',
  remediation: {
    summary:
      'Create an encrypted file system, copy the data (for example with AWS DataSync), move clients to it and delete the unencrypted one.',
    console: 'EFS console > Create file system > Customize > Enable encryption of data at rest.',
    docs: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
  },
  reads: ['efs'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.efs.regions, 'fileSystems', 'elasticfilesystem', (fs) =>
      fs.encrypted
        ? pass(fs, `EFS file system ${fileSystemLabel(fs)} is encrypted at rest.`)
        : fail(fs, `EFS file system ${fileSystemLabel(fs)} is not encrypted at rest.`),
    ),
});
