import { describe, expect, it } from 'vitest';
import { iamServerCertificateNotExpired as check } from '../../../src/checks/iam/iam-server-certificate-not-expired.js';
import { buildInventory, daysAgo, denied, run, statusByArn } from '../../builders/index.js';
import { iamArn, iamSection } from '../../builders/iam.js';
import type { IamServerCertificate } from '../../../src/model/iam.js';

const cert = (name: string, expiration: string | null): IamServerCertificate => ({
  arn: iamArn(`server-certificate/${name}`),
  region: 'global',
  serverCertificateName: name,
  expiration,
  uploadDate: daysAgo(400),
});
const withCerts = (...c: IamServerCertificate[]) =>
  run(check, buildInventory({ iam: iamSection({ serverCertificates: { ok: true, value: c } }) }));

describe('iam-server-certificate-not-expired', () => {
  it('passes a valid certificate and fails an expired one (moto hard-codes 2012 expiry)', () => {
    const results = withCerts(cert('good', daysAgo(-30)), cert('old', '2012-05-08T01:02:03.000Z'));
    expect(statusByArn(results)).toEqual({ [iamArn('server-certificate/good')]: 'PASS', [iamArn('server-certificate/old')]: 'FAIL' });
    expect(results[1]?.reason).toBe('Server certificate old expired on 2012-05-08.');
  });
  it('is unknown without an expiration date', () => {
    const [r] = withCerts(cert('x', null));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:ListServerCertificates');
  });
  it('returns nothing without certificates', () => {
    expect(withCerts()).toEqual([]);
  });
  it('is unknown when ListServerCertificates is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ serverCertificates: denied('iam:ListServerCertificates') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:ListServerCertificates');
  });
});
