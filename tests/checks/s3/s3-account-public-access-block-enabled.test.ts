import { describe, it, expect } from 'vitest';
import { s3AccountPublicAccessBlockEnabled as check } from '../../../src/checks/s3/s3-account-public-access-block-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bpa, s3Section } from '../../builders/s3.js';

const withAccount = (accountPublicAccessBlock: ReturnType<typeof ok<ReturnType<typeof s3Bpa> | null>>) =>
  buildInventory({ s3: s3Section([], { accountPublicAccessBlock }) });

describe('s3-account-public-access-block-enabled', () => {
  it('passes when all four account-level settings are on', () => {
    const [r] = run(check, buildInventory());
    expect(r?.status).toBe('PASS');
    expect(r?.resourceType).toBe('AwsAccount');
  });

  it('fails when the account has no Block Public Access configuration', () => {
    const [r] = run(check, withAccount(ok(null)));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toMatch(/no account-level S3 Block Public Access configuration/);
  });

  it('fails and names the settings that are off', () => {
    const [r] = run(check, withAccount(ok(s3Bpa({ blockPublicPolicy: false, restrictPublicBuckets: false }))));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('BlockPublicPolicy, RestrictPublicBuckets');
    expect(r?.reason).not.toContain('IgnorePublicAcls');
  });

  it('is UNKNOWN when s3:GetAccountPublicAccessBlock is denied', () => {
    const [r] = run(check, withAccount(denied('s3:GetAccountPublicAccessBlock')));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetAccountPublicAccessBlock');
  });
});
