import { describe, expect, it } from 'vitest';
import { acmCertificateNotExpiring as check } from '../../../src/checks/acm/acm-certificate-not-expiring.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { acmCertificate, acmSection, daysAhead } from '../../builders/acm.js';
import type { AcmCertificate } from '../../../src/model/acm.js';

const one = (overrides: Partial<AcmCertificate>) =>
  run(check, buildInventory({ acm: acmSection([acmCertificate('c1', 'us-east-1', overrides)]) }))[0];

describe('acm-certificate-not-expiring', () => {
  it('passes a certificate expiring in more than 30 days', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe(`ACM certificate www.example.com (c1) expires on ${daysAhead(200).slice(0, 10)}, in 200 days.`);
  });

  it('fails a certificate expiring within 30 days', () => {
    const r = one({ type: 'IMPORTED', notAfter: daysAhead(10) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(`ACM certificate www.example.com (c1) expires on ${daysAhead(10).slice(0, 10)}, in 10 days (within 30).`);
  });

  it('fails a certificate that already expired', () => {
    const r = one({ status: 'EXPIRED', notAfter: daysAhead(-3) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(`ACM certificate www.example.com (c1) expired on ${daysAhead(-3).slice(0, 10)}.`);
  });

  it('is NOT_APPLICABLE for a certificate never issued', () => {
    const r = one({ status: 'PENDING_VALIDATION', notAfter: null });
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe(
      'ACM certificate www.example.com (c1) has no validity period yet (status PENDING_VALIDATION): no certificate was issued.',
    );
  });

  it('is UNKNOWN for the region when acm:ListCertificates is denied', () => {
    const [r] = run(
      check,
      buildInventory({ acm: { certificates: { 'eu-west-1': denied('acm:ListCertificates', { region: 'eu-west-1' }) } } }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('acm:ListCertificates');
  });
});
