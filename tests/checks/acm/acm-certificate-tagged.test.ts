import { describe, expect, it } from 'vitest';
import { acmCertificateTagged as check } from '../../../src/checks/acm/acm-certificate-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { acmCertificate, acmSection } from '../../builders/acm.js';
import type { AcmCertificate } from '../../../src/model/acm.js';

const one = (o: Partial<AcmCertificate>) => run(check, buildInventory({ acm: acmSection([acmCertificate('c1', 'us-east-1', o)]) }))[0];

describe('acm-certificate-tagged', () => {
  it('passes a tagged certificate', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('ACM certificate www.example.com has tag keys owner.');
  });

  it('fails a certificate without user tags', () => {
    const r = one({ tagKeys: ok([]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('ACM certificate www.example.com has no tags.');
    expect(one({ tagKeys: ok(['aws:cloudformation:stack-name']) })?.reason).toBe(
      'ACM certificate www.example.com has no tags other than AWS system tags.',
    );
  });

  it('is UNKNOWN when acm:ListTagsForCertificate is denied or was not read', () => {
    const d = one({ tagKeys: denied('acm:ListTagsForCertificate') });
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('acm:ListTagsForCertificate');
    const old = one({ tagKeys: undefined });
    expect(old?.status).toBe('UNKNOWN');
    expect(old?.reason).toContain('acm:ListTagsForCertificate');
  });
});
