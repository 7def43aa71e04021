import { describe, expect, it } from 'vitest';
import { trustedadvisorSecurityChecksNoAlerts as check } from '../../../src/checks/trustedadvisor/trustedadvisor-security-checks-no-alerts.js';
import { buildInventory, denied, readError, run } from '../../builders/index.js';
import { taCheck, trustedadvisorSection } from '../../builders/trustedadvisor.js';

const one = (overrides: Parameters<typeof taCheck>[2]) =>
  run(
    check,
    buildInventory({
      trustedadvisor: trustedadvisorSection([taCheck('HCP4007jGY', 'Security Groups - Specific Ports Unrestricted', overrides)]),
    }),
  )[0];

describe('trustedadvisor-security-checks-no-alerts', () => {
  it('passes each green security check', () => {
    const results = run(check, buildInventory());
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['PASS', 'Trusted Advisor check "MFA on Root Account" is green: 0 of 12 resources flagged.'],
      ['PASS', 'Trusted Advisor check "Exposed Access Keys" is green: 0 of 12 resources flagged.'],
    ]);
    expect(results[0]?.resourceArn).toBe('arn:aws:trustedadvisor::111122223333:checks/security/7DAFEmoDos');
  });

  it('fails a yellow and a red check, naming how many resources are flagged', () => {
    expect(one({ status: 'warning', resourcesFlagged: 2, resourcesProcessed: 40 })).toMatchObject({
      status: 'FAIL',
      reason:
        'Trusted Advisor check "Security Groups - Specific Ports Unrestricted" is yellow (investigation recommended): 2 of 40 resources flagged.',
    });
    expect(one({ status: 'error', resourcesFlagged: 1, resourcesProcessed: 1 })).toMatchObject({
      status: 'FAIL',
      reason: 'Trusted Advisor check "Security Groups - Specific Ports Unrestricted" is red (action recommended): 1 of 1 resource flagged.',
    });
  });

  it('is NOT_APPLICABLE for a check that is not available, and UNKNOWN without a result', () => {
    expect(one({ status: 'not_available' })?.status).toBe('NOT_APPLICABLE');
    expect(one({ status: null, resourcesFlagged: null })).toMatchObject({
      status: 'UNKNOWN',
      reason:
        'Trusted Advisor returned no result for check "Security Groups - Specific Ports Unrestricted", so whether it has alerts is not known.',
    });
    expect(run(check, buildInventory({ trustedadvisor: trustedadvisorSection([]) }))[0]?.status).toBe('UNKNOWN');
  });

  it('says UNKNOWN, and why, without a Business or Enterprise Support plan: never PASS or FAIL', () => {
    const error = readError('support:DescribeTrustedAdvisorChecks', {
      kind: 'not-supported',
      message: 'SubscriptionRequiredException: AWS Premium Support Subscription is required to use this service.',
    });
    const [r] = run(check, buildInventory({ trustedadvisor: { securityChecks: { ok: false, error } } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toMatch(
      /^Trusted Advisor security checks could not be read: the Support API needs a Business or Enterprise Support plan: support:DescribeTrustedAdvisorChecks is not supported here/,
    );
  });

  it('is UNKNOWN naming the denied action', () => {
    const [r] = run(check, buildInventory({ trustedadvisor: { securityChecks: denied('support:DescribeTrustedAdvisorCheckSummaries') } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('support:DescribeTrustedAdvisorCheckSummaries was denied');
  });
});
