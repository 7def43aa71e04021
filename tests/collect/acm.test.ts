import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACMClient, ImportCertificateCommand, RequestCertificateCommand } from '@aws-sdk/client-acm';
import { collectAcm } from '../../src/collect/acm.js';
import { startMoto, seedConfig, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';
import { selfSignedRsaCertificate } from '../self-signed-certificate.js';

let moto: Moto;
const soon = new Date(Date.now() + 10 * 86_400_000);
soon.setUTCMilliseconds(0);

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const acm = new ACMClient(seedConfig(moto, 'us-east-1'));
  try {
    const weak = selfSignedRsaCertificate('weak.example.com', 1024, soon);
    await acm.send(
      new ImportCertificateCommand({ Certificate: Buffer.from(weak.certificatePem), PrivateKey: Buffer.from(weak.privateKeyPem) }),
    );
    await acm.send(
      new RequestCertificateCommand({ DomainName: 'www.example.com', ValidationMethod: 'DNS', Tags: [{ Key: 'owner', Value: 'web' }] }),
    );
  } finally {
    acm.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectAcm', () => {
  it('records every certificate, RSA 1024 included, with its type, key and expiry, and an empty region as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { certificates } = await collectAcm(ctx);
      expect(certificates['eu-west-1']).toEqual({ ok: true, value: [] });
      const list = certificates['us-east-1'];
      const byName = new Map((list?.ok ? list.value : []).map((c) => [c.domainName, c]));
      expect(byName.get('weak.example.com')).toMatchObject({
        arn: expect.stringMatching(/^arn:aws:acm:us-east-1:123456789012:certificate\//) as unknown,
        region: 'us-east-1',
        type: 'IMPORTED',
        status: 'ISSUED',
        keyAlgorithm: 'RSA_1024',
        notAfter: soon.toISOString(),
        inUse: false,
        tagKeys: { ok: true, value: [] },
      });
      expect(byName.get('www.example.com')).toMatchObject({
        type: 'AMAZON_ISSUED',
        keyAlgorithm: 'RSA_2048',
        tagKeys: { ok: true, value: ['owner'] },
      });
    } finally {
      ctx.close();
    }
  });

  it('records a denied ListCertificates as an access-denied ReadError for the region, and each denied ListTagsForCertificate', async () => {
    const nothing = await restrictedCredentials(moto, 'acm-nobody', ['iam:GetUser']);
    const listOnly = await restrictedCredentials(moto, 'acm-lister', ['acm:ListCertificates']);
    await moto.enableIamAuth();
    const denied = motoContext(moto, ['us-east-1'], nothing);
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    try {
      const certs = (await collectAcm(listed)).certificates['us-east-1'];
      expect(certs?.ok && certs.value.length).toBe(2);
      for (const c of certs?.ok ? certs.value : [])
        expect(c.tagKeys).toMatchObject({
          ok: false,
          error: { action: 'acm:ListTagsForCertificate', kind: 'access-denied', target: c.arn },
        });
      expect((await collectAcm(denied)).certificates['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'acm:ListCertificates', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
