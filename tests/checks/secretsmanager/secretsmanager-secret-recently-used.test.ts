import { describe, it, expect } from 'vitest';
import { secretsmanagerSecretRecentlyUsed as check } from '../../../src/checks/secretsmanager/secretsmanager-secret-recently-used.js';
import { buildInventory, daysAgo, run } from '../../builders/index.js';
import { listDenied, one } from './common.js';

describe('secretsmanager-secret-recently-used', () => {
  it('passes a secret read within 90 days, or created within 90 days and not read yet', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check, {})?.reason).toBe('Secrets Manager secret s was last accessed 1 day ago.');
    expect(one(check, { lastAccessedDate: null, createdDate: daysAgo(5) })?.reason).toBe(
      'Secrets Manager secret s has not been accessed yet but was created only 5 days ago.',
    );
  });

  it('fails a secret last read more than 90 days ago', () => {
    const r = one(check, { lastAccessedDate: daysAgo(91) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Secrets Manager secret s was last accessed 91 days ago, more than 90 days.');
  });

  it('fails a secret never read since it was created more than 90 days ago', () => {
    const r = one(check, { lastAccessedDate: null, createdDate: daysAgo(200) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Secrets Manager secret s has never been accessed since it was created 200 days ago.');
  });

  it('is UNKNOWN (undecided) without either date', () => {
    expect(one(check, { lastAccessedDate: null, createdDate: null })?.status).toBe('UNKNOWN');
  });

  it('is UNKNOWN when secretsmanager:ListSecrets is denied', () => {
    const r = listDenied(check);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('secretsmanager:ListSecrets');
  });
});
