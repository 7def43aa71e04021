import { describe, it, expect } from 'vitest';
import { parsePolicyText } from '../../src/collect/kit/policy-text.js';

describe('parsePolicyText', () => {
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/a b+c' }] };
  it('reads plain and URL-encoded JSON (IAM encodes, other services do not)', () => {
    expect(parsePolicyText(JSON.stringify(doc))).toEqual(doc);
    expect(parsePolicyText(`  ${JSON.stringify(doc)}`)).toEqual(doc);
    expect(parsePolicyText(encodeURIComponent(JSON.stringify(doc)))).toEqual(doc);
    // Form-style encoding (space as +): a literal + is %2B, so + can only mean a space.
    expect(parsePolicyText(encodeURIComponent(JSON.stringify(doc)).replace(/%20/g, '+'))).toEqual(doc);
  });
  it('never throws: undecodable or unparseable text is kept as it came', () => {
    expect(parsePolicyText('%E0%A4%A')).toBe('%E0%A4%A');
    expect(parsePolicyText('100%-not-a-policy')).toBe('100%-not-a-policy');
    expect(parsePolicyText('%7Bnot json')).toBe('%7Bnot json');
    expect(parsePolicyText('{"unterminated"')).toBe('{"unterminated"');
  });
  it('maps absent and empty documents to null', () => {
    expect(parsePolicyText(undefined)).toBeNull();
    expect(parsePolicyText(null)).toBeNull();
    expect(parsePolicyText('')).toBeNull();
  });
});
