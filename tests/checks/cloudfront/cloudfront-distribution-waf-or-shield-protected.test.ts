import { describe, expect, it } from 'vitest';
import { cloudfrontDistributionWafOrShieldProtected as check } from '../../../src/checks/cloudfront/cloudfront-distribution-waf-or-shield-protected.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudFrontDistribution, cloudfrontWith } from '../../builders/cloudfront.js';
import { compliantShieldSection, unsubscribedShieldSection } from '../../builders/shield.js';

const noAcl = cloudfrontWith({ webAclId: null });

describe('cloudfront-distribution-waf-or-shield-protected', () => {
  it('passes a distribution with a web ACL', () => {
    const [r] = run(check, buildInventory({ shield: unsubscribedShieldSection() }));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe(
      'CloudFront distribution E1DIST is protected by web ACL arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1111.',
    );
  });

  it('passes a distribution without a web ACL that Shield Advanced protects', () => {
    const [r] = run(check, buildInventory({ cloudfront: noAcl }));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('CloudFront distribution E1DIST is protected by Shield Advanced.');
  });

  it('fails without a web ACL when the account has no Shield Advanced subscription', () => {
    const [r] = run(check, buildInventory({ cloudfront: noAcl, shield: unsubscribedShieldSection() }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('CloudFront distribution E1DIST has no web ACL, and the account has no Shield Advanced subscription.');
  });

  it('fails without a web ACL when Shield Advanced protects other resources only', () => {
    const [r] = run(check, buildInventory({ cloudfront: noAcl, shield: compliantShieldSection({ protectedResourceArns: ok([]) }) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('CloudFront distribution E1DIST has no web ACL and no Shield Advanced protection.');
  });

  it('is UNKNOWN when shield:DescribeSubscription or shield:ListProtections is denied', () => {
    const sub = run(
      check,
      buildInventory({ cloudfront: noAcl, shield: compliantShieldSection({ subscription: denied('shield:DescribeSubscription') }) }),
    )[0];
    expect(sub?.status).toBe('UNKNOWN');
    expect(sub?.reason).toContain('shield:DescribeSubscription');
    const prot = run(
      check,
      buildInventory({ cloudfront: noAcl, shield: compliantShieldSection({ protectedResourceArns: denied('shield:ListProtections') }) }),
    )[0];
    expect(prot?.status).toBe('UNKNOWN');
    expect(prot?.reason).toContain('shield:ListProtections');
  });

  it('is UNKNOWN when cloudfront:GetDistributionConfig is denied', () => {
    const distribution = cloudFrontDistribution('E1DIST', { config: denied('cloudfront:GetDistributionConfig') });
    const [r] = run(check, buildInventory({ cloudfront: { distributions: ok([distribution]) } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudfront:GetDistributionConfig');
  });
});
