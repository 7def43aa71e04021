import { describe, it, expect } from 'vitest';
import { efsFileSystemPolicyNotPublic as check } from '../../../src/checks/efs/efs-file-system-policy-not-public.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { efsFileSystem, efsSection } from '../../builders/efs.js';
import type { EfsFileSystem, EfsFileSystemPolicy } from '../../../src/model/efs.js';

const one = (overrides: Partial<EfsFileSystem>) =>
  run(check, buildInventory({ efs: efsSection([efsFileSystem('fs-1', 'us-east-1', overrides)]) }))[0];

const policy = (statement: Record<string, EfsFileSystemPolicy>) =>
  ok<EfsFileSystemPolicy>({ Version: '2012-10-17', Statement: [statement] });

describe('efs-file-system-policy-not-public', () => {
  it('passes file systems whose policy grants nothing to everyone', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('EFS file system fs-1 has a file system policy that grants no NFS access to everyone.');
  });

  it('passes a file system without a policy', () => {
    const r = one({ policy: ok(null) });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('EFS file system fs-1 has no file system policy, so no principal is granted access by policy.');
  });

  it('passes a grant to everyone pinned to the organization', () => {
    const r = one({
      policy: policy({
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'elasticfilesystem:ClientMount',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
      }),
    });
    expect(r?.status).toBe('PASS');
  });

  it('fails a policy granting NFS access to everyone', () => {
    const r = one({
      policy: policy({
        Sid: 'Open',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
      }),
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'EFS file system fs-1 has a file system policy that grants elasticfilesystem:ClientMount, elasticfilesystem:ClientWrite to everyone in statement "Open".',
    );
  });

  it('is UNKNOWN when the policy does not parse', () => {
    const r = one({ policy: ok('not json') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('Whether EFS file system fs-1 is public could not be decided');
  });

  it('is UNKNOWN when elasticfilesystem:DescribeFileSystemPolicy is denied', () => {
    const r = one({ policy: denied('elasticfilesystem:DescribeFileSystemPolicy') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('elasticfilesystem:DescribeFileSystemPolicy');
  });
});
