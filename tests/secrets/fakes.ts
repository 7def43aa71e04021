/**
 * Secret-shaped test values, assembled at run time so that the repository itself holds no string a
 * secret scanner (ours, or a code host's push protection) would take for a credential. None of them
 * was ever a real credential.
 */
const join = (...parts: string[]) => parts.join('');

export const FAKE = {
  accessKeyId: join('AKIA', 'Q3T7ZK2WX5', 'MB4HN6'),
  accessKeyId2: join('AKIA', 'R2D2C3POBB', 'XW4ZQ7'),
  temporaryKeyId: join('ASIA', 'Q3T7ZK2WX5', 'MB4HNQ'),
  secretAccessKey: join('Zx9kLmN0pQrStUvW', 'xYz1234567890AbCdEfGhIjK'),
  sessionToken: join('FwoGZXIvYXdz', 'EJr//////////wEaDOqxqKjD5Lg8e3iF3yKsAV7x0zG2aLpPmRk9yWq8Lm3Nc4Vb5Xz6Aa7Sd8Fg9Hj0Kl1Qw2Er3Ty4Ui5Op6'),
  githubToken: join('gh', 'p_', 'Ab3De6Gh9Jk2Mn5Pq8St1Vw4Yz7Bc0Ef3Hi6'),
  gitlabToken: join('gl', 'pat-', 'x9Yz8Wv7Ut6Sr5Qp4On3'),
  slackToken: join('xo', 'xb-', '123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'),
  stripeKey: join('sk', '_live_', '51HaBcDeFgHiJkLmNoPqRsTuV'),
  googleKey: join('AI', 'za', 'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'),
  npmToken: join('np', 'm_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'),
  jwt: join('ey', 'JhbGciOiJIUzI1NiJ9', '.', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0', '.', 'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'),
  password: join('q8V', '#mZ2!rT', '6wLx'),
  postgresUrl: join('postgres', '://admin:', 'S3cr3tP4ssw0rd', '@db.internal:5432/app'),
};

/** AWS's own documentation examples: never findings. */
export const AWS_EXAMPLES = {
  accessKeyId: join('AKIA', 'IOSFODNN7', 'EXAMPLE'),
  secretAccessKey: join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY'),
};

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const str = (s: string) => Buffer.concat([u32(s.length), Buffer.from(s, 'latin1')]);

/** A structurally valid openssh-key-v1 header (magic, cipher, kdf) with filler: enough for the protection test. */
export function opensshKey(cipher: 'none' | 'aes256-ctr'): string {
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    str(cipher),
    str(cipher === 'none' ? 'none' : 'bcrypt'),
    u32(0),
    Buffer.alloc(96, 7),
  ]);
  const b64 = blob.toString('base64').replace(/(.{70})/g, '$1\n');
  return join('-----BEGIN OPENSSH ', 'PRIVATE KEY-----\n', b64, '\n-----END OPENSSH ', 'PRIVATE KEY-----\n');
}

export function pemKey(kind: 'RSA' | 'ENCRYPTED', procTypeEncrypted = false): string {
  const body = Buffer.alloc(120, 3).toString('base64');
  const header = procTypeEncrypted ? 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n' : '';
  return join(`-----BEGIN ${kind} `, 'PRIVATE KEY-----\n', header, body, `\n-----END ${kind} `, 'PRIVATE KEY-----\n');
}
