import { describe, expect, it } from 'vitest';
import { opensearchDomainAccessPolicyNotPublic as check } from '../../../src/checks/opensearch/opensearch-domain-access-policy-not-public.js';
import type { OpenSearchDomainStatus } from '../../../src/model/opensearch.js';
import { ACCOUNT_ID, buildInventory, denied, run } from '../../builders/index.js';
import { openSearchDomain, opensearchSection } from '../../builders/opensearch.js';

const one = (status: Partial<OpenSearchDomainStatus>) =>
  run(check, buildInventory({ opensearch: opensearchSection([openSearchDomain('d', 'us-east-1', status)]) }))[0];

const RESOURCE = `arn:aws:es:us-east-1:${ACCOUNT_ID}:domain/d/*`;
const policy = (statement: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Access', Effect: 'Allow', Action: 'es:ESHttp*', Resource: RESOURCE, ...statement }],
});

describe('opensearch-domain-access-policy-not-public', () => {
  it('passes a domain without an access policy', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe(
      "OpenSearch Service domain d has no access policy, so only signed requests its own account's IAM policies allow get in.",
    );
  });

  it('passes a policy that names a role of the account', () => {
    const r = one({ accessPolicy: policy({ Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:role/search` } }) });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe(
      'OpenSearch Service domain d policy allows no public access (every grant names fixed principals or pins the caller).',
    );
  });

  it('passes an IP-based policy pinned to a bounded range', () => {
    const r = one({
      vpc: null,
      accessPolicy: policy({ Principal: { AWS: '*' }, Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } }),
    });
    expect(r?.status).toBe('PASS');
  });

  it('fails a public-endpoint domain whose policy allows everyone', () => {
    const r = one({ vpc: null, accessPolicy: policy({ Principal: { AWS: '*' } }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'OpenSearch Service domain d policy statement "Access" allows es:ESHttp* to everyone (the domain has a public endpoint).',
    );
  });

  it('fails an IP-based policy open to 0.0.0.0/0', () => {
    const r = one({
      vpc: null,
      accessPolicy: policy({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }),
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'OpenSearch Service domain d policy statement "Access" allows es:ESHttp* to everyone under conditions that do not pin the caller to fixed values (the domain has a public endpoint).',
    );
  });

  it('fails an open policy on a VPC domain, naming the VPC', () => {
    const r = one({ accessPolicy: policy({ Principal: { AWS: '*' } }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'OpenSearch Service domain d policy statement "Access" allows es:ESHttp* to everyone (the domain is in a VPC, vpc-0123456789abcdef0: every caller with network access to it).',
    );
  });

  it('is UNKNOWN when the policy is not a readable document', () => {
    const r = one({ accessPolicy: 'not json' });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('Whether OpenSearch Service domain d is public could not be decided');
  });

  it('is UNKNOWN when es:DescribeDomains is denied', () => {
    const domain = openSearchDomain('d', 'us-east-1', {}, { status: denied('es:DescribeDomains', { region: 'us-east-1' }) });
    const [r] = run(check, buildInventory({ opensearch: opensearchSection([domain]) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('es:DescribeDomains');
  });

  it('is UNKNOWN for the region when es:ListDomainNames is denied', () => {
    const [r] = run(
      check,
      buildInventory({ opensearch: { domains: { 'eu-west-1': denied('es:ListDomainNames', { region: 'eu-west-1' }) } } }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('es:ListDomainNames');
  });
});
