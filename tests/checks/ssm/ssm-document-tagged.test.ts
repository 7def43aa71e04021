import { describe, expect, it } from 'vitest';
import { ssmDocumentTagged as check } from '../../../src/checks/ssm/ssm-document-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ssmDocument, ssmSection } from '../../builders/ssm.js';
import type { SsmDocument } from '../../../src/model/ssm.js';

const R = 'us-east-1';
const one = (doc: Partial<SsmDocument>) =>
  run(check, buildInventory({ ssm: ssmSection({ [R]: { documents: ok([ssmDocument('patch-db', R, doc)]) } }) }))[0];

describe('ssm-document-tagged', () => {
  it('passes a tagged document', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
    expect(one({})?.status).toBe('PASS');
    expect(one({})?.reason).toBe('Systems Manager document patch-db has tag keys team.');
  });

  it('fails a document without user tags', () => {
    const r = one({ tagKeys: [] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Systems Manager document patch-db has no tags.');
    expect(one({ tagKeys: ['aws:cloudformation:stack-id'] })?.reason).toBe(
      'Systems Manager document patch-db has no tags other than AWS system tags.',
    );
  });

  it('is UNKNOWN when ssm:ListDocuments is denied or the inventory predates document tags', () => {
    const [d] = run(check, buildInventory({ ssm: ssmSection({ [R]: { documents: denied('ssm:ListDocuments') } }) }));
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('ssm:ListDocuments');
    expect(one({ tagKeys: undefined })?.reason).toContain('ssm:ListDocuments');
  });
});
