/**
 * Properties every reading of a policy must keep, over seeded random policies (no dependency: a
 * small generator over pools of the shapes real policies use; the seed is printed on failure):
 * adding a Deny never opens anything, adding an Allow never closes anything, and the order of
 * statements changes no answer.
 */
import { describe, expect, it } from 'vitest';
import {
  externalAccess,
  grantsOnEveryResource,
  publicAccess,
  type AccessQuestion,
  type Policy,
} from '../../../../src/checks/lib/policy/index.js';
import { policyOf } from './helpers.js';

/** mulberry32: a tiny, well-known seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B = 'arn:aws:s3:::b';
const POOLS = {
  actions: [
    '*',
    's3:*',
    's3:Get*',
    's3:GetObject',
    's3:List*',
    's3:PutObject',
    's3:Delete*',
    'S3:GETOBJECT',
    's3:?etObject',
    'kms:Decrypt',
    'kms:*',
    'sqs:SendMessage',
  ],
  resources: ['*', B, `${B}/*`, `${B}/private/*`, 'arn:aws:s3:::other/*', 'arn:aws:kms:us-east-1:111122223333:key/k'],
  principals: [
    '*',
    { AWS: '*' },
    { AWS: ['*'] },
    { AWS: 'arn:aws:iam::444455556666:root' },
    { AWS: '111122223333' },
    { Service: 's3.amazonaws.com' },
    { CanonicalUser: 'abc' },
  ],
  conditions: [
    { Bool: { 'aws:SecureTransport': 'false' } },
    { Bool: { 'aws:SecureTransport': 'true' } },
    { StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
    { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } },
    { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    { StringLike: { 'aws:UserAgent': 'x*' } },
    { StringEquals: { 'aws:userid': '${aws:userid}' } },
    { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } },
    { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } },
    { StringEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } },
    { 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
  ],
};

function generator(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const some = <T>(xs: readonly T[]): T | T[] => (r() < 0.5 ? pick(xs) : [...new Set([pick(xs), pick(xs)])]);
  let sid = 0;
  const statement = (effect: 'Allow' | 'Deny'): Record<string, unknown> => {
    const s: Record<string, unknown> = { Sid: `S${sid++}`, Effect: effect };
    if (r() < 0.8) s[r() < 0.85 ? 'Action' : 'NotAction'] = some(POOLS.actions);
    else s['Action'] = '*';
    s[r() < 0.85 ? 'Resource' : 'NotResource'] = some(POOLS.resources);
    if (r() < 0.85) s['Principal'] = pick(POOLS.principals);
    else s['NotPrincipal'] = pick(POOLS.principals.filter((p) => p !== '*'));
    if (r() < 0.5) s['Condition'] = Object.assign({}, pick(POOLS.conditions), r() < 0.3 ? pick(POOLS.conditions) : {});
    return s;
  };
  const policy = (): Record<string, unknown>[] =>
    Array.from({ length: 1 + Math.floor(r() * 5) }, () => statement(r() < 0.6 ? 'Allow' : 'Deny'));
  const shuffle = <T>(xs: T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return { statement, policy, shuffle };
}

const QUESTIONS: AccessQuestion[] = [
  { actions: ['s3:Get*', 's3:List*'] },
  { actions: ['s3:Put*', 's3:Delete*'] },
  { actions: ['*'] },
  { actions: ['s3:GetObject'], resource: `${B}/k` },
  { actions: ['kms:Decrypt'] },
  { actions: ['*'], context: { ownVpcIds: ['vpc-1'], ownVpceIds: ['vpce-1'] } },
];

/** Every answer, as sets of Sids so that statement order does not show. */
function answers(p: Policy) {
  return {
    open: QUESTIONS.map((q) =>
      publicAccess(p, q)
        .grants.map((g) => `${g.statement.sid}:${g.families.join(',')}`)
        .sort(),
    ),
    external: QUESTIONS.map((q) => externalAccess(p, '111122223333', q)),
    everywhere: ['*:*', 'kms:Decrypt', 's3:GetObject'].map((a) =>
      grantsOnEveryResource(p, a)
        .map((s) => s.sid)
        .sort(),
    ),
  };
}

const openness = (p: Policy) => QUESTIONS.map((q) => publicAccess(p, q).grants.length > 0);
const doc = (statements: Record<string, unknown>[]) => policyOf({ Version: '2012-10-17', Statement: statements });
const RUNS = 250;

describe('policy engine properties', () => {
  it('adding a Deny never makes a policy more open', () => {
    let closed = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const g = generator(seed);
      const base = g.policy();
      const before = openness(doc(base));
      const after = openness(doc([...base, g.statement('Deny')]));
      after.forEach((open, i) => expect(!open || before[i], `seed ${seed}, question ${i}`).toBe(true));
      closed += before.filter((open, i) => open && !after[i]).length;
      const everywhere = (p: Policy) => grantsOnEveryResource(p, '*:*').length;
      expect(everywhere(doc([...base, g.statement('Deny')])) <= everywhere(doc(base)), `seed ${seed}`).toBe(true);
    }
    // The generator must reach the interesting case, or the property holds vacuously.
    expect(closed).toBeGreaterThan(10);
  });

  it('adding an Allow never makes a policy less open', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const g = generator(seed);
      const base = g.policy();
      const before = openness(doc(base));
      const after = openness(doc([...base, g.statement('Allow')]));
      before.forEach((open, i) => expect(!open || after[i], `seed ${seed}, question ${i}`).toBe(true));
    }
  });

  it('reordering statements changes nothing', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const g = generator(seed);
      const base = g.policy();
      expect(answers(doc(g.shuffle(base))), `seed ${seed}`).toEqual(answers(doc(base)));
    }
  });
});
