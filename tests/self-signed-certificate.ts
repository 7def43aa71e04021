/**
 * A self-signed X.509 certificate built with node:crypto alone (no certificate library in the
 * project), for seeding ACM in moto: ImportCertificate takes NotAfter and the key algorithm from
 * the certificate itself, which is the only way to build "expires within 30 days" or "RSA 1024".
 * Just enough DER for a v1 certificate: moto (Python cryptography) parses it like AWS does.
 */
import { generateKeyPairSync, sign } from 'node:crypto';

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag: number, body: Buffer) => Buffer.concat([Buffer.from([tag]), length(body.length), body]);
const seq = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts));
const oid = (dotted: string) => {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const v of rest) {
    const chunk = [v % 128];
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) chunk.unshift(0x80 | (x % 128));
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
};
const utcTime = (d: Date) => tlv(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));
const name = (cn: string) => seq(tlv(0x31, seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from(cn)))));

export interface SelfSigned {
  certificatePem: string;
  privateKeyPem: string;
}

/** An RSA certificate for `commonName` of `bits` bits, valid from a day ago until `notAfter`. */
export function selfSignedRsaCertificate(commonName: string, bits: number, notAfter: Date): SelfSigned {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const sha256WithRsa = seq(oid('1.2.840.113549.1.1.11'), tlv(0x05, Buffer.alloc(0)));
  const tbs = seq(
    tlv(0x02, Buffer.from([0x01])),
    sha256WithRsa,
    name(commonName),
    seq(utcTime(new Date(Date.now() - 86_400_000)), utcTime(notAfter)),
    name(commonName),
    publicKey.export({ type: 'spki', format: 'der' }),
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = seq(tbs, sha256WithRsa, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n');
  return {
    certificatePem: `-----BEGIN CERTIFICATE-----\n${b64.trim()}\n-----END CERTIFICATE-----\n`,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
