import { describe, it, expect } from 'vitest';
import { ssmDocumentPublicSharingBlocked as check } from '../../../src/checks/ssm/ssm-document-public-sharing-blocked.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ssmSection } from '../../builders/ssm.js';

const R = 'us-east-1';
const one = (value: string | null) =>
  run(check, buildInventory({ ssm: ssmSection({ [R]: { publicSharingPermission: ok(value) } }) })).find((r) => r.region === R);

describe('ssm-document-public-sharing-blocked', () => {
  it('passes a region where public sharing is disabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one('Disable')?.reason).toBe('Systems Manager blocks public sharing of documents in us-east-1.');
    expect(one('Disable')?.resourceArn).toBe('arn:aws:ssm:us-east-1:111122223333:account');
  });

  it("fails a region at AWS's default (Enable)", () => {
    const r = one('Enable');
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Systems Manager allows public sharing of documents in us-east-1 (block public sharing is off).');
  });

  it('is UNKNOWN for an unexpected value, and when ssm:GetServiceSetting is denied', () => {
    expect(one(null)?.status).toBe('UNKNOWN');
    const inv = buildInventory({ ssm: ssmSection({ [R]: { publicSharingPermission: denied('ssm:GetServiceSetting', { region: R }) } }) });
    const r = run(check, inv).find((x) => x.region === R);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ssm:GetServiceSetting');
  });
});
