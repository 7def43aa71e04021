import { describe, expect, it } from 'vitest';
import { fmsFirewallPoliciesInUse as check } from '../../../src/checks/fms/fms-firewall-policies-in-use.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { fmsPolicy, fmsSection } from '../../builders/fms.js';
import type { FmsRegion } from '../../../src/model/fms.js';

const R = 'us-east-1';
const inRegion = (region: FmsRegion, extra: Parameters<typeof buildInventory>[0] = {}) =>
  run(check, buildInventory({ fms: fmsSection([], { [R]: region }), ...extra })).find((r) => r.region === R);
const declined: FmsRegion = {
  policies: ok({
    status: 'declined',
    code: 'InvalidOperationException',
    message: 'The operation failed because <b>"x"</b> is not the administrator.',
  }),
};

describe('fms-firewall-policies-in-use', () => {
  it('passes a region with a security group or WAF policy', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = run(
      check,
      buildInventory({ fms: fmsSection([fmsPolicy('baseline', R), fmsPolicy('shield', R, { securityServiceType: 'SHIELD_ADVANCED' })]) }),
    ).find((x) => x.region === R);
    expect(r?.reason).toBe('Firewall Manager applies 1 security group or WAF policy in us-east-1: baseline (SECURITY_GROUPS_COMMON).');
  });

  it('fails a region without policies, or with other policy types only', () => {
    const none = inRegion({ policies: ok({ status: 'listed', policies: [] }) });
    expect(none?.status).toBe('FAIL');
    expect(none?.reason).toBe('Firewall Manager has no policy in us-east-1.');
    const other = inRegion({
      policies: ok({
        status: 'listed',
        policies: [
          fmsPolicy('dns', R, { securityServiceType: 'DNS_FIREWALL' }),
          fmsPolicy('shield', R, { securityServiceType: 'SHIELD_ADVANCED' }),
        ],
      }),
    });
    expect(other?.status).toBe('FAIL');
    expect(other?.reason).toBe('Firewall Manager has no security group or WAF policy in us-east-1 (only DNS_FIREWALL, SHIELD_ADVANCED).');
  });

  it('is UNKNOWN with AWS’s answer when Firewall Manager declines the call (not the administrator)', () => {
    const r = inRegion(declined);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Firewall Manager declined ListPolicies in us-east-1 (InvalidOperationException: The operation failed because <b>"x"</b> is not the administrator.): this account is not the Firewall Manager administrator, or the region is not enabled for it. Policies can be judged only from the administrator account.',
    );
  });

  it('is NOT_APPLICABLE when Firewall Manager declines and the account is in no organization', () => {
    const r = inRegion(declined, { organizations: { organization: ok(null), serviceControlPolicies: ok(null), roots: ok(null) } });
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe(
      'Account 111122223333 is in no AWS Organizations organization, which Firewall Manager requires (ListPolicies in us-east-1 answered InvalidOperationException).',
    );
  });

  it('is UNKNOWN when fms:ListPolicies is denied', () => {
    const r = inRegion({ policies: denied('fms:ListPolicies') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('fms:ListPolicies');
  });
});
