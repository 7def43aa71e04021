import { describe, expect, it } from 'vitest';
import { acmCertificateRsaKey2048 as check } from '../../../src/checks/acm/acm-certificate-rsa-key-2048.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { acmCertificate, acmSection } from '../../builders/acm.js';

const one = (keyAlgorithm: string | null) =>
  run(check, buildInventory({ acm: acmSection([acmCertificate('c1', 'us-east-1', { keyAlgorithm })]) }))[0];

describe('acm-certificate-rsa-key-2048', () => {
  it('passes RSA keys of 2,048 bits or more', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one('RSA_4096')?.reason).toBe('ACM certificate www.example.com (c1) uses an RSA key of 4096 bits.');
  });

  it('fails an RSA 1024 certificate', () => {
    const r = one('RSA_1024');
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('ACM certificate www.example.com (c1) uses an RSA key of only 1024 bits (less than 2048).');
  });

  it('is NOT_APPLICABLE for an ECDSA certificate', () => {
    const r = one('EC_prime256v1');
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe('ACM certificate www.example.com (c1) uses EC_prime256v1, not RSA.');
  });

  it('is UNKNOWN when the summary names no key algorithm', () => {
    const r = one(null);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ListCertificates returned no KeyAlgorithm');
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
