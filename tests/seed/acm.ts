/**
 * Demo ACM certificates in the first region: an ACM-issued RSA 2048 certificate (valid a year on
 * moto) and an imported RSA 1024 certificate that expires in ten days.
 */
import { ACMClient, ImportCertificateCommand, RequestCertificateCommand } from '@aws-sdk/client-acm';
import { TEST_CREDENTIALS } from '../moto.js';
import { selfSignedRsaCertificate } from '../self-signed-certificate.js';
import type { ExpectedFinding } from './expected.js';

export async function seedAcm(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const acm = new ACMClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    const good = await acm.send(new RequestCertificateCommand({ DomainName: 'www.demo.example.com', ValidationMethod: 'DNS' }));
    const weak = selfSignedRsaCertificate('legacy.demo.example.com', 1024, new Date(Date.now() + 10 * 86_400_000));
    const bad = await acm.send(
      new ImportCertificateCommand({ Certificate: Buffer.from(weak.certificatePem), PrivateKey: Buffer.from(weak.privateKeyPem) }),
    );
    const goodArn = good.CertificateArn ?? '';
    const badArn = bad.CertificateArn ?? '';
    return [
      { checkId: 'acm-certificate-not-expiring', resourceArn: goodArn, status: 'PASS' },
      { checkId: 'acm-certificate-rsa-key-2048', resourceArn: goodArn, status: 'PASS' },
      { checkId: 'acm-certificate-not-expiring', resourceArn: badArn, status: 'FAIL' },
      { checkId: 'acm-certificate-rsa-key-2048', resourceArn: badArn, status: 'FAIL' },
    ];
  } finally {
    acm.destroy();
  }
}
