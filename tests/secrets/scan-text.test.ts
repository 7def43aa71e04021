import { describe, expect, it } from 'vitest';
import { scanText, type TextMatch } from '../../src/secrets/scan-text.js';
import { maskValue, maskUrlPassword } from '../../src/secrets/mask.js';
import { AWS_EXAMPLES, FAKE, opensshKey, pemKey } from './fakes.js';

const scan = (text: string, path = 'app/config.ts') => scanText(text, { path });
const rules = async (text: string, path?: string) => (await scan(text, path)).map((m) => m.rule);

/** No output field may contain the secret, nor any 9-character run of it. */
function expectNoLeak(matches: TextMatch[], secret: string) {
  const out = JSON.stringify(matches.map(({ fingerprint: _f, accessKeyId: _a, ...m }) => m));
  for (let i = 0; i + 9 <= secret.length; i++) expect(out).not.toContain(secret.slice(i, i + 9));
}

describe('source-tree rules: true positives', () => {
  it.each([
    ['aws-access-key-id', `AWS_ACCESS_KEY_ID=${FAKE.accessKeyId}`],
    ['aws-secret-access-key', `aws_secret_access_key = "${FAKE.secretAccessKey}"`],
    ['aws-secret-access-key', `{"SecretAccessKey": "${FAKE.secretAccessKey}"}`],
    ['aws-session-token', `aws_session_token=${FAKE.sessionToken}`],
    ['aws-session-token', `token is ${FAKE.sessionToken} here`],
    ['google-api-key', `const key = '${FAKE.googleKey}';`],
    ['stripe-secret-key', `STRIPE=${FAKE.stripeKey}`],
    ['gitlab-token', `GITLAB_TOKEN ${FAKE.gitlabToken}`],
    ['jwt', `Authorization: Bearer ${FAKE.jwt}`],
    ['password-assignment', `DB_PASSWORD="${FAKE.password}"`],
    ['private-key', opensshKey('none')],
    ['private-key', pemKey('RSA')],
    ['private-key-encrypted', opensshKey('aes256-ctr')],
    ['private-key-encrypted', pemKey('ENCRYPTED')],
    ['private-key-encrypted', pemKey('RSA', true)],
    ['secretlint/github/GITHUB_TOKEN', `token: ${FAKE.githubToken}`],
    ['secretlint/slack/SLACK_TOKEN', `slack = "${FAKE.slackToken}"`],
    ['secretlint/npm/NPM_ACCESS_TOKEN', `//registry.npmjs.org/:_authToken=${FAKE.npmToken}`],
    ['secretlint/database-connection-string/PostgreSQLConnection', `DATABASE_URL=${FAKE.postgresUrl}`],
  ])('%s', async (rule, text) => {
    const found = await scan(text);
    expect(found.map((m) => m.rule)).toEqual([rule]);
    expect(found[0]?.line).toBe(1);
  });

  it('reports the line of each match and the key ID for matching against the account', async () => {
    const found = await scan(`# config\n\nkey=${FAKE.accessKeyId}\nother=${FAKE.accessKeyId2}\n`);
    expect(found.map((m) => [m.line, m.accessKeyId])).toEqual([
      [3, FAKE.accessKeyId],
      [4, FAKE.accessKeyId2],
    ]);
  });

  it('an unquoted password counts in configuration, not in code (where it is an expression)', async () => {
    expect(await rules(`db_password: ${FAKE.password}`, 'config/app.yml')).toEqual(['password-assignment']);
    expect(await rules(`db_password: ${FAKE.password}`, 'src/app.py')).toEqual([]);
  });

  it('adds the line offset of a hunk', async () => {
    expect((await scanText(`x\nkey=${FAKE.accessKeyId}`, { path: 'a', lineOffset: 40 }))[0]?.line).toBe(42);
  });
});

describe('decoys are not findings', () => {
  it.each([
    ['AWS example key ID', `AWS_ACCESS_KEY_ID=${AWS_EXAMPLES.accessKeyId}`],
    ['AWS example secret key', `aws_secret_access_key=${AWS_EXAMPLES.secretAccessKey}`],
    ['anything containing EXAMPLE', `GITHUB_TOKEN=ghp_EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE12`],
    ['a UUID', 'id = 123e4567-e89b-12d3-a456-426614174000'],
    ['a git SHA', 'commit da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['a sha256 digest', 'sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    [
      'a base64 image',
      'img = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="',
    ],
    ['a typed password field', 'password: string;'],
    ['a password read from code', 'const password = config.getPassword();'],
    ['a low-entropy placeholder password', 'password = "password"'],
    ['a password from the environment', 'DB_PASSWORD=${DB_PASSWORD}'],
    ['an expression assigned in code', 'AWS_SECRET_ACCESS_KEY: key.AccessKey!.SecretAccessKey!,'],
    ['a credentials file path', "AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/test-credentials',"],
    ['a date under a password name', '"passwordLastUsed": "2026-05-01T10:00:00.000Z",'],
    ['a snake_case column name', "passwordLastChanged: 'password_last_changed',"],
  ])('%s', async (_name, text) => {
    expect(await rules(text)).toEqual([]);
  });

  it.each([
    [
      'package-lock.json',
      '      "integrity": "sha512-hfdYra+ZB6RmviEApxeL/YCx4ovBtpj0d9c+uhlCZaCikObjb8Sb8yqBN6g8/9tt7qD7LXGE3k9RtVvGK1fNVw==",',
    ],
    ['yarn.lock', '  integrity sha512-0c3zcBRlWmcKhcIQWckzkYncJRv5HHB8O32wO/FcWL8DDXWDJgiEF6SX9ThbTv5h/eZ+xJK+VvDjjQ+cQJhp3Q=='],
    [
      'pnpm-lock.yaml',
      '    resolution: {integrity: sha512-hsBTNUqQTDwkWtcdYI2i06Y/nUBEsNEDJKjWdigLvegy8kDuJAS8uRlpkkcQpyEXL0Z/pjDy5HBmMjRCJ2gq+g==}',
    ],
    ['go.sum', 'github.com/aws/aws-sdk-go v1.44.0 h1:jwtBPjkVt4RfHZ9BUYKXSbD/GdCw+3h7BzhqBE1fbKs='],
    ['Cargo.lock', 'checksum = "a4c527152e37cf757a3f78aae5a06fbeefdb07ccc535c980a3208ee3060dd544"'],
  ])('the integrity hashes of %s', async (file, line) => {
    expect(await rules(line, `sub/${file}`)).toEqual([]);
  });

  it('still finds a real token in a lockfile line that is not a hash', async () => {
    expect(await rules(`"authToken": "${FAKE.githubToken}"`, 'package-lock.json')).toEqual(['secretlint/github/GITHUB_TOKEN']);
  });
});

describe('masking', () => {
  it('keeps at most four and four characters, fewer for short values', () => {
    expect(maskValue(FAKE.accessKeyId, { identifier: true })).toBe(`AKIA${'*'.repeat(12)}${FAKE.accessKeyId.slice(-4)}`);
    expect(maskValue('a'.repeat(40))).toBe(`aaaa${'*'.repeat(16)}aaaa (40 chars)`);
    expect(maskValue('abcdefghijkl')).toBe('a**********l');
    expect(maskValue('abcdefg')).toBe('*******');
    expect(maskUrlPassword(FAKE.postgresUrl)).toBe('postgres://admin:**************@db.internal:5432/app');
  });

  it('never puts the secret in a match, whatever the rule', async () => {
    const text = Object.values(FAKE)
      .map((v, i) => `v${i}: "${v}"`)
      .join('\n');
    const found = await scan(`${text}\n${opensshKey('none')}`);
    expect(found.length).toBeGreaterThanOrEqual(12);
    for (const secret of Object.values(FAKE)) if (secret !== FAKE.postgresUrl) expectNoLeak(found, secret);
    expectNoLeak(found, 'S3cr3tP4ssw0rd');
    expectNoLeak(found, opensshKey('none').split('\n')[1] ?? '');
    expect(found.find((m) => m.rule === 'private-key')?.preview).toBe('OPENSSH PRIVATE KEY');
  });
});
