import { describe, expect, it } from 'vitest';
import { macieAutomatedDiscoveryEnabled as check } from '../../../src/checks/macie/macie-automated-discovery-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { macieSession } from '../../builders/macie.js';
import type { MacieSection } from '../../../src/model/macie.js';

const judge = (session: MacieSection['sessions'][string]) =>
  run(check, buildInventory({ macie: { sessions: { 'us-east-1': session } } }))[0];

describe('macie-automated-discovery-enabled (FSBP Macie.2)', () => {
  it('passes where automated discovery is enabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(judge(ok(macieSession()))).toMatchObject({
      resourceArn: 'arn:aws:macie2:us-east-1:111122223333:account',
      reason: 'Macie automated sensitive data discovery is enabled in us-east-1.',
    });
  });
  it('fails where it is disabled', () => {
    expect(judge(ok(macieSession({ automatedDiscoveryStatus: ok('DISABLED') })))).toMatchObject({
      status: 'FAIL',
      reason: 'Macie automated sensitive data discovery is DISABLED in us-east-1.',
    });
  });
  it('is not applicable where Macie is off, or to a member account', () => {
    expect(judge(ok(null))?.status).toBe('NOT_APPLICABLE');
    expect(judge(ok(macieSession({ administratorAccountId: ok('444455556666'), automatedDiscoveryStatus: ok('DISABLED') })))).toMatchObject(
      {
        status: 'NOT_APPLICABLE',
        reason: 'This account is a Macie member of account 444455556666 in us-east-1; its administrator manages discovery.',
      },
    );
  });
  it('is unknown when a read was denied or the inventory predates these fields', () => {
    expect(judge(denied('macie2:GetMacieSession'))?.reason).toContain('macie2:GetMacieSession');
    const a = judge(ok(macieSession({ automatedDiscoveryStatus: denied('macie2:GetAutomatedDiscoveryConfiguration') })));
    expect(a?.status).toBe('UNKNOWN');
    expect(a?.reason).toContain('macie2:GetAutomatedDiscoveryConfiguration');
    const b = judge(ok(macieSession({ administratorAccountId: denied('macie2:GetAdministratorAccount') })));
    expect(b?.reason).toContain('macie2:GetAdministratorAccount');
    const { automatedDiscoveryStatus: _omit, ...old } = macieSession();
    const c = judge(ok(old));
    expect(c?.status).toBe('UNKNOWN');
    expect(c?.reason).toContain('macie2:GetAutomatedDiscoveryConfiguration');
  });
});
