import { describe, expect, it } from 'vitest';
import { iamPasswordPolicyReusePrevention24 as check } from '../../../src/checks/iam/iam-password-policy-reuse-prevention-24.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { iamSection, strongPasswordPolicy } from '../../builders/iam.js';
import type { IamSection } from '../../../src/model/iam.js';

const status = (passwordPolicy: IamSection['passwordPolicy']) => run(check, buildInventory({ iam: iamSection({ passwordPolicy }) }));

describe('iam-password-policy-reuse-prevention-24', () => {
  it('passes at 24', () => {
    expect(status({ ok: true, value: strongPasswordPolicy() }).map((r) => r.status)).toEqual(['PASS']);
  });
  it('fails below 24', () => {
    const [r] = status({ ok: true, value: strongPasswordPolicy({ passwordReusePrevention: 5 }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('only the last 5');
  });
  it('fails when reuse is not prevented', () => {
    const [r] = status({ ok: true, value: strongPasswordPolicy({ passwordReusePrevention: null }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('does not prevent');
  });
  it('fails without a password policy', () => {
    expect(status({ ok: true, value: null }).map((r) => r.status)).toEqual(['FAIL']);
  });
  it('is unknown when GetAccountPasswordPolicy is denied', () => {
    const [r] = status(denied('iam:GetAccountPasswordPolicy'));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountPasswordPolicy');
  });
});
