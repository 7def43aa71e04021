import { describe, it, expect } from 'vitest';
import { ssmDocumentNotPublic as check } from '../../../src/checks/ssm/ssm-document-not-public.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ssmDocument, ssmSection } from '../../builders/ssm.js';

const R = 'us-east-1';
const one = (sharedWith: string[]) =>
  run(check, buildInventory({ ssm: ssmSection({ [R]: { documents: ok([ssmDocument('d', R, { sharedWith: ok(sharedWith) })]) } }) })).find(
    (r) => r.region === R,
  );

describe('ssm-document-not-public', () => {
  it('passes unshared documents and documents shared with named accounts', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one([])?.reason).toBe('Systems Manager document d is not shared.');
    expect(one(['444455556666'])?.reason).toBe('Systems Manager document d is not public (shared with 444455556666).');
  });

  it('fails a document shared with all accounts', () => {
    const r = one(['all']);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Systems Manager document d is shared publicly (with all accounts).');
  });

  it('is UNKNOWN when ssm:DescribeDocumentPermission is denied', () => {
    const inv = buildInventory({
      ssm: ssmSection({
        [R]: { documents: ok([ssmDocument('d', R, { sharedWith: denied('ssm:DescribeDocumentPermission', { region: R }) })]) },
      }),
    });
    const r = run(check, inv).find((x) => x.region === R);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ssm:DescribeDocumentPermission');
  });
});
