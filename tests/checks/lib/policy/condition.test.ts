import { describe, expect, it } from 'vitest';
import { exemptsOnlyPinnedCallers, pinsCaller, type ConditionTest } from '../../../../src/checks/lib/policy/index.js';

const t = (operator: string, key: string, values: string | string[]): ConditionTest => ({
  operator,
  key,
  keyLower: key.toLowerCase(),
  values: Array.isArray(values) ? values : [values],
});

describe('pinsCaller (Allow conditions)', () => {
  it.each([
    ['StringEquals', 'aws:PrincipalOrgID', 'o-a1b2c3d4e5'],
    ['StringEquals', 'AWS:SOURCEACCOUNT', '111122223333'],
    ['ArnLike', 'aws:SourceArn', 'arn:aws:cloudtrail:us-east-1:111122223333:trail/*'],
    ['ArnEquals', 'aws:SourceArn', 'arn:aws:sns:us-east-2:123456789012:MyTopic'],
    ['StringEquals', 'aws:SourceVpce', 'vpce-1a2b3c4d'],
    ['IpAddress', 'aws:SourceIp', ['192.0.2.0/24', '2001:DB8:1234:5678::/64']],
    ['IpAddress', 'aws:SourceIp', '203.0.113.7'],
    ['StringLike', 'aws:userid', 'AROAEXAMPLEID:*'],
    ['ForAnyValue:StringLike', 'aws:PrincipalOrgPaths', 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*'],
    ['ForAnyValue:StringEquals', 'aws:PrincipalOrgID', 'o-a1b2c3d4e5'],
    ['StringEquals', 'kms:CallerAccount', '111122223333'],
    ['StringEqualsIgnoreCase', 'aws:PrincipalAccount', '111122223333'],
  ])('%s %s %j pins', (op, key, values) => expect(pinsCaller(t(op, key, values))).toBe(true));

  it.each([
    ['Bool', 'aws:SecureTransport', 'true'],
    ['StringLike', 'aws:UserAgent', 'MyApp/*'],
    ['StringLike', 'aws:Referer', 'https://www.example.com/*'],
    ['StringEquals', 'aws:userid', '${aws:userid}'],
    ['StringLike', 'aws:PrincipalArn', 'arn:aws:iam::${aws:PrincipalAccount}:role/*'],
    ['StringEqualsIfExists', 'aws:SourceVpce', 'vpce-1'],
    ['ForAllValues:StringEquals', 'aws:PrincipalOrgID', 'o-a1b2c3d4e5'],
    ['Null', 'aws:SourceVpce', 'false'],
    ['StringNotEquals', 'aws:SourceVpce', 'vpce-1'],
    ['StringLike', 'aws:SourceArn', '*'],
    ['ArnLike', 'aws:SourceArn', 'arn:aws:s3:::*'],
    ['ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/admin'],
    ['StringLike', 'aws:SourceAccount', '1111*'],
    ['StringLike', 'aws:userid', 'AROA*'],
    ['StringLike', 'aws:PrincipalOrgPaths', '*/ou-ab12-11111111/*'],
    ['IpAddress', 'aws:SourceIp', '0.0.0.0/0'],
    ['IpAddress', 'aws:SourceIp', '::/0'],
    ['IpAddress', 'aws:SourceIp', ['192.0.2.0/24', '0.0.0.0/1']],
    ['StringEquals', 'aws:username', 'alice'],
    ['StringEquals', 'kms:ViaService', 'ec2.us-east-1.amazonaws.com'],
    ['StringEquals', 'aws:ResourceAccount', '111122223333'],
    ['stringequals', 'aws:PrincipalOrgID', 'o-a1b2c3d4e5'],
  ])('%s %s %j pins nothing', (op, key, values) => expect(pinsCaller(t(op, key, values))).toBe(false));

  it("does not count a VPC endpoint's own VPC or ID as a pin", () => {
    const ctx = { ownVpcIds: ['vpc-1'], ownVpceIds: ['vpce-1'] };
    expect(pinsCaller(t('StringEquals', 'aws:SourceVpc', 'vpc-1'), ctx)).toBe(false);
    expect(pinsCaller(t('StringEquals', 'aws:SourceVpce', 'vpce-1'), ctx)).toBe(false);
    expect(pinsCaller(t('StringEquals', 'aws:SourceVpc', ['vpc-2', 'vpc-1']), ctx)).toBe(false);
    expect(pinsCaller(t('StringEquals', 'aws:SourceVpc', 'vpc-2'), ctx)).toBe(true);
  });
});

describe('exemptsOnlyPinnedCallers (Deny conditions)', () => {
  it('accepts negated tests on pinning keys', () => {
    expect(exemptsOnlyPinnedCallers(t('StringNotEquals', 'aws:SourceVpce', 'vpce-1a2b3c4d'))).toBe(true);
    expect(exemptsOnlyPinnedCallers(t('StringNotEqualsIfExists', 'aws:PrincipalOrgID', 'o-a1b2c3d4e5'))).toBe(true);
    expect(exemptsOnlyPinnedCallers(t('NotIpAddress', 'aws:SourceIp', '192.0.2.0/24'))).toBe(true);
    expect(exemptsOnlyPinnedCallers(t('ArnNotLike', 'aws:PrincipalArn', 'arn:aws:iam::111122223333:role/*'))).toBe(true);
  });
  it('rejects tests that leave arbitrary callers exempt', () => {
    expect(exemptsOnlyPinnedCallers(t('Bool', 'aws:SecureTransport', 'false'))).toBe(false);
    expect(exemptsOnlyPinnedCallers(t('StringEquals', 'aws:SourceVpce', 'vpce-1'))).toBe(false);
    expect(exemptsOnlyPinnedCallers(t('NotIpAddress', 'aws:SourceIp', '0.0.0.0/0'))).toBe(false);
    expect(exemptsOnlyPinnedCallers(t('StringNotEquals', 'aws:SourceVpce', '${aws:SourceVpce}'))).toBe(false);
    expect(exemptsOnlyPinnedCallers(t('ForAllValues:StringNotEquals', 'aws:PrincipalOrgID', 'o-1'))).toBe(false);
    expect(exemptsOnlyPinnedCallers(t('StringNotEquals', 'aws:SourceVpc', 'vpc-1'), { ownVpcIds: ['vpc-1'] })).toBe(false);
  });
});
