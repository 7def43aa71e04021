import { describe, it, expect } from 'vitest';
import { macieAccountEnabled as check } from '../../../src/checks/macie/macie-account-enabled.js';
import { ACCOUNT_ID, buildInventory, denied, ok, run, statusByArn } from '../../builders/index.js';
import { macieSession } from '../../builders/macie.js';

const arnIn = (region: string) => `arn:aws:macie2:${region}:${ACCOUNT_ID}:account`;

describe('macie-account-enabled', () => {
  it('passes every region with an ENABLED session', () => {
    const results = run(check, buildInventory());
    expect(statusByArn(results)).toEqual({ [arnIn('eu-west-1')]: 'PASS', [arnIn('us-east-1')]: 'PASS' });
    expect(results[0]?.region).toBe('eu-west-1');
  });

  it('fails a region where Macie is not enabled', () => {
    const inv = buildInventory({ macie: { sessions: { 'eu-west-1': ok(null), 'us-east-1': ok(macieSession()) } } });
    const results = run(check, inv);
    expect(statusByArn(results)).toEqual({ [arnIn('eu-west-1')]: 'FAIL', [arnIn('us-east-1')]: 'PASS' });
    expect(results[0]?.reason).toBe('Amazon Macie is not enabled in eu-west-1.');
  });

  it('fails a region where the session is PAUSED', () => {
    const inv = buildInventory({ macie: { sessions: { 'us-east-1': ok(macieSession({ status: 'PAUSED' })) } } });
    const [r] = run(check, inv);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('PAUSED');
  });

  it('is UNKNOWN when macie2:GetMacieSession is denied', () => {
    const inv = buildInventory({ macie: { sessions: { 'us-east-1': denied('macie2:GetMacieSession', { region: 'us-east-1' }) } } });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('macie2:GetMacieSession');
  });
});
