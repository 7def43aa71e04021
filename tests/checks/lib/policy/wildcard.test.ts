import { describe, expect, it } from 'vitest';
import { wildcardCovers, wildcardMatch, wildcardsIntersect } from '../../../../src/checks/lib/policy/index.js';

const I = { ignoreCase: true };

describe('wildcardMatch', () => {
  it('matches actions case-insensitively with * and ?', () => {
    expect(wildcardMatch('s3:Get*', 'S3:GETOBJECT', I)).toBe(true);
    expect(wildcardMatch('ec2:Describe?pc*', 'ec2:DescribeVpcs', I)).toBe(true);
    expect(wildcardMatch('s3:Get*', 's3:PutObject', I)).toBe(false);
    expect(wildcardMatch('*', '', I)).toBe(true);
  });
  it('treats regex characters in policy text as plain characters', () => {
    expect(wildcardMatch('iam:Pass.Role', 'iam:PassXRole', I)).toBe(false);
    expect(wildcardMatch('a(b|c)+', 'a(b|c)+')).toBe(true);
    expect(wildcardMatch('a(b|c)+', 'ab')).toBe(false);
  });
  it('matches resources case-sensitively', () => {
    expect(wildcardMatch('arn:aws:s3:::Bucket/*', 'arn:aws:s3:::bucket/k')).toBe(false);
    expect(wildcardMatch('arn:aws:s3:::b/*', 'arn:aws:s3:::b')).toBe(false);
    expect(wildcardMatch('arn:aws:s3:::b*', 'arn:aws:s3:::b')).toBe(true);
  });
  it('stays fast on adversarial patterns', () => {
    const started = Date.now();
    expect(wildcardMatch(`${'*a'.repeat(200)}b`, 'a'.repeat(5000))).toBe(false);
    expect(wildcardsIntersect(`${'*a'.repeat(200)}b`, `${'a*'.repeat(200)}c`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('wildcardsIntersect and wildcardCovers', () => {
  it('tells whether two patterns share an action', () => {
    expect(wildcardsIntersect('s3:G*', 's3:Get*', I)).toBe(true);
    expect(wildcardsIntersect('*Object', 's3:Get*', I)).toBe(true);
    expect(wildcardsIntersect('s3:GetBucketLocation', 's3:Get*', I)).toBe(true);
    expect(wildcardsIntersect('s3:PutObject', 's3:Get*', I)).toBe(false);
    expect(wildcardsIntersect('s3:?ut*', 's3:Put*', I)).toBe(true);
  });
  it('tells whether a pattern covers every action of another', () => {
    expect(wildcardCovers('s3:*', 's3:Get*', I)).toBe(true);
    expect(wildcardCovers('s3:Get*', 's3:Get*', I)).toBe(true);
    expect(wildcardCovers('*', '*:*', I)).toBe(true);
    expect(wildcardCovers('*:*', '*:*', I)).toBe(true);
    expect(wildcardCovers('s3:GetObject', 's3:Get*', I)).toBe(false);
    expect(wildcardCovers('s3:Get?', 's3:Get*', I)).toBe(false);
    expect(wildcardCovers('s3:*', '*', I)).toBe(false);
    expect(wildcardCovers('arn:aws:s3:::b/*', 'arn:aws:s3:::b/logs/*')).toBe(true);
    expect(wildcardCovers('arn:aws:s3:::b/*', 'arn:aws:s3:::b')).toBe(false);
  });
});
