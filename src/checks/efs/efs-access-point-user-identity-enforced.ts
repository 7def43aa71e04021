import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const efsAccessPointUserIdentityEnforced = defineCheck({
  id: 'efs-access-point-user-identity-enforced',
  title: 'EFS access points enforce a user identity',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsAccessPoint',
  // FSBP EFS.4 (AWS Config efs-access-point-enforce-user-identity, no approvedUids/approvedGids):
  // fails when the access point defines no PosixUser.
  frameworks: { fsbp: ['EFS.4'] },
  rationale:
    'An access point with a POSIX user replaces the user and group IDs every NFS client claims with fixed ones, so a client cannot act as root or as another user on the file system.',
  remediation: {
    summary:
      'Access points cannot be changed: create one with a POSIX user (user ID and group ID), move clients to it and delete the old one.',
    console: 'EFS console > File systems > the file system > Access points > Create access point > POSIX user.',
    docs: 'https://docs.aws.amazon.com/efs/latest/ug/enforce-identity-access-points.html',
  },
  reads: ['efs'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.efs.regions, 'accessPoints', 'elasticfilesystem', (ap) =>
      ap.posixUser
        ? pass(
            ap,
            `EFS access point ${ap.accessPointId} of ${ap.fileSystemId} enforces POSIX user ${ap.posixUser.uid}:${ap.posixUser.gid}.`,
          )
        : fail(ap, `EFS access point ${ap.accessPointId} of ${ap.fileSystemId} enforces no POSIX user identity.`),
    ),
});
