import { describe, expect, it } from 'vitest';
import { findSecrets, findSecretsInNamedValue, isPlaceholder, looksLikeSecretName, shannonEntropy } from '../src/secrets/detector.js';

// Fake credentials built at run time, so this file holds no string a scanner would flag.
const KEY_ID = ['AKIA', 'Z7QW3RT5YU2IOPLK'].join('');
const TEMP_KEY_ID = ['ASIA', 'Q2WE3RT4YU5IOP6A'].join('');
const SECRET_KEY = ['k9Rt2mQ8vL4xN7pB1sW6', 'yH3jF5gD0cZ8aE2uK4iO'].join('');

const rules = (text: string, highEntropy = false) => findSecrets(text, { highEntropy }).map((m) => m.rule);

describe('findSecrets', () => {
  it('finds an access key ID and shows only its prefix and last four characters', () => {
    const [m] = findSecrets(`#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${KEY_ID}\n`);
    expect(m).toEqual({ rule: 'aws-access-key-id', line: 2, hint: 'AKIA…OPLK (long-term access key ID)' });
    expect(findSecrets(`id: ${TEMP_KEY_ID}`)[0]?.hint).toBe('ASIA…OP6A (temporary access key ID)');
  });

  it('finds a secret access key assigned to its name, and never returns its characters', () => {
    const found = findSecrets(`aws_secret_access_key = ${SECRET_KEY}`);
    expect(found).toEqual([{ rule: 'aws-secret-access-key', line: 1, hint: 'aws_secret_access_key=<redacted, 40 characters>' }]);
    expect(JSON.stringify(found)).not.toContain(SECRET_KEY.slice(0, 8));
    expect(rules(`"SecretAccessKey": "${SECRET_KEY}"`)).toEqual(['aws-secret-access-key']);
  });

  it("ignores AWS's documentation example keys", () => {
    expect(findSecrets('AKIAIOSFODNN7EXAMPLE')).toEqual([]);
    expect(findSecrets('aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([]);
  });

  it('finds private key headers', () => {
    expect(findSecrets('a\n-----BEGIN RSA PRIVATE KEY-----\nMIIE...')).toEqual([
      { rule: 'private-key', line: 2, hint: 'RSA PRIVATE KEY block' },
    ]);
    expect(rules('-----BEGIN OPENSSH PRIVATE KEY-----')).toEqual(['private-key']);
    expect(rules('-----BEGIN CERTIFICATE-----')).toEqual([]);
  });

  it('finds password assignments in shell, YAML, JSON and command-line flags', () => {
    expect(findSecrets('DB_PASSWORD=hunter2hunter')).toEqual([
      { rule: 'password-assignment', line: 1, hint: 'DB_PASSWORD=<redacted, 13 characters>' },
    ]);
    expect(rules('  password: "s3cr3t-Value"')).toEqual(['password-assignment']);
    expect(rules('{"apiKey": "abc123def456"}')).toEqual(['password-assignment']);
    expect(rules('mysql -u root --password=Tr0ub4dor3 db')).toEqual(['password-assignment']);
    expect(rules('psql --password Tr0ub4dor3')).toEqual(['password-assignment']);
  });

  it('does not report references, placeholders, prose or non-secret names', () => {
    expect(rules('DB_PASSWORD=$DB_PASSWORD_FROM_SSM')).toEqual([]);
    expect(rules('password: ${PASSWORD}')).toEqual([]);
    expect(rules('password="{{resolve:secretsmanager:db:SecretString:password}}"')).toEqual([]);
    expect(rules('password=<your-password>')).toEqual([]);
    expect(rules('PASSWORD=$(aws secretsmanager get-secret-value --secret-id db)')).toEqual([]);
    expect(rules('# the token expires tomorrow')).toEqual([]);
    expect(rules('PASSWORD_LENGTH=32')).toEqual([]);
    expect(rules('bypass=something')).toEqual([]);
    expect(rules('cwd=/home/ec2-user')).toEqual([]);
  });

  it('reports one finding per span: the specific rule wins over the generic assignment', () => {
    expect(rules(`AWS_SECRET_ACCESS_KEY=${SECRET_KEY}\nAWS_ACCESS_KEY_ID=${KEY_ID}`)).toEqual([
      'aws-secret-access-key',
      'aws-access-key-id',
    ]);
  });

  it('reports random-looking tokens only when asked, and not hex digests', () => {
    const token = 'Zx8Qp2Lr7Vt4Nm9Kc3Hs6Jd1Wf5Gb0YaTe';
    expect(rules(`curl -H "X-Auth: ${token}"`)).toEqual([]);
    expect(rules(`curl -H "X-Auth: ${token}"`, true)).toEqual(['high-entropy-token']);
    expect(rules('sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', true)).toEqual([]);
    expect(rules('/usr/local/share/applications/SomeLongApplicationNameHere', true)).toEqual([]);
  });

  it('caps the number of matches', () => {
    const text = Array.from({ length: 30 }, (_, i) => `password${i}=Value-${i}-long`).join('\n');
    expect(findSecrets(text)).toHaveLength(20);
    expect(findSecrets(text, { limit: 3 })).toHaveLength(3);
  });
});

describe('findSecretsInNamedValue', () => {
  it('reports a literal under a secret-looking name, masked', () => {
    expect(findSecretsInNamedValue('DbPassword', 'hunter2')).toEqual([
      { rule: 'secret-named-value', line: 1, hint: 'DbPassword=<redacted, 7 characters>' },
    ]);
  });

  it('prefers the value rules, and accepts NoEcho masking, references and ordinary outputs', () => {
    expect(findSecretsInNamedValue('Key', KEY_ID).map((m) => m.rule)).toEqual(['aws-access-key-id']);
    expect(findSecretsInNamedValue('DbPassword', '****')).toEqual([]);
    expect(findSecretsInNamedValue('DbPasswordSecretArn', 'arn:aws:secretsmanager:us-east-1:1:secret:db')).toEqual([]);
    expect(findSecretsInNamedValue('ApiUrl', 'https://abc.execute-api.us-east-1.amazonaws.com/prod')).toEqual([]);
  });
});

describe('helpers', () => {
  it('recognises secret names in any case style', () => {
    for (const n of ['DbPassword', 'db_password', 'API_KEY', 'apiKey', 'GithubToken', 'DB_PWD', 'ClientSecret', 'dbPass'])
      expect(looksLikeSecretName(n), n).toBe(true);
    for (const n of ['Username', 'BucketName', 'SecretArn', 'TokenUrl', 'PasswordPolicy', 'bypass'])
      expect(looksLikeSecretName(n), n).toBe(false);
  });

  it('knows placeholders and entropy', () => {
    expect(isPlaceholder('****')).toBe(true);
    expect(isPlaceholder('changeme')).toBe(true);
    expect(isPlaceholder('hunter2')).toBe(false);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});

describe('high-entropy tokens', () => {
  it('does not take URLs of generated resource names for tokens', () => {
    const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/leaky-Queue-1A2B3C4D5E6F7';
    expect(findSecrets(url, { highEntropy: true })).toEqual([]);
    expect(findSecrets('arn:aws:lambda:us-east-1:123456789012:function:app-Handler-Zx8Qp2Lr7Vt4', { highEntropy: true })).toEqual([]);
  });
});
