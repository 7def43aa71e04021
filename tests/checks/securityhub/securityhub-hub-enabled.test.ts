import { describe, expect, it } from 'vitest';
import { securityhubHubEnabled as check } from '../../../src/checks/securityhub/securityhub-hub-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantSecurityHubSection } from '../../builders/securityhub.js';

describe('securityhub-hub-enabled', () => {
  it('passes where the hub is enabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('fails where the account is not subscribed', () => {
    const section = compliantSecurityHubSection();
    section.regions['us-east-1'] = { hub: ok(null), enabledStandards: null };
    const r = run(check, buildInventory({ securityhub: section })).find((x) => x.region === 'us-east-1');
    expect(r).toMatchObject({
      status: 'FAIL',
      resourceArn: 'arn:aws:securityhub:us-east-1:111122223333:account',
      reason: 'Security Hub is not enabled in us-east-1.',
    });
  });

  it('is unknown when DescribeHub was denied', () => {
    const section = compliantSecurityHubSection();
    section.regions['eu-west-1'] = { hub: denied('securityhub:DescribeHub', { region: 'eu-west-1' }), enabledStandards: null };
    const r = run(check, buildInventory({ securityhub: section })).find((x) => x.region === 'eu-west-1');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('securityhub:DescribeHub');
  });
});
