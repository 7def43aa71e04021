import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const efsAccessPointRootDirectoryEnforced = defineCheck({
  id: 'efs-access-point-root-directory-enforced',
  title: 'EFS access points enforce a root directory',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsAccessPoint',
  // FSBP EFS.3 (AWS Config efs-access-point-enforce-root-directory, no approvedDirectories):
  // fails when the access point's root directory Path is "/", the file system root (also the
  // default when no root directory is set).
  frameworks: { fsbp: ['EFS.3'] },
  rationale:
    'An access point with its own root directory confines its clients to that directory tree; one rooted at "/" gives every client of the application the whole file system.',
  remediation: {
    summary:
      'Access points cannot be changed: create an access point whose root directory is the application directory, move clients to it and delete the old one.',
    console: 'EFS console > File systems > the file system > Access points > Create access point > Root directory path.',
    docs: 'https://docs.aws.amazon.com/efs/latest/ug/enforce-root-directory-access-point.html',
  },
  reads: ['efs'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.efs.regions, 'accessPoints', 'elasticfilesystem', (ap) => {
      const path = ap.rootDirectoryPath ?? '/';
      return path === '/'
        ? fail(ap, `EFS access point ${ap.accessPointId} of ${ap.fileSystemId} has the file system root "/" as its root directory.`)
        : pass(ap, `EFS access point ${ap.accessPointId} of ${ap.fileSystemId} enforces root directory ${path}.`);
    }),
});
