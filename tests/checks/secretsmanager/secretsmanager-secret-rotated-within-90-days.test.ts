import { describe, it, expect } from 'vitest';
import { secretsmanagerSecretRotatedWithin90Days as check } from '../../../src/checks/secretsmanager/secretsmanager-secret-rotated-within-90-days.js';
import { buildInventory, daysAgo, run } from '../../builders/index.js';
import { listDenied, one } from './common.js';

describe('secretsmanager-secret-rotated-within-90-days', () => {
  it('passes a secret rotated within 90 days, or created within 90 days', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check, {})?.reason).toBe('Secrets Manager secret s was last rotated 10 days ago.');
    expect(one(check, { lastRotatedDate: null, createdDate: daysAgo(3) })?.reason).toBe(
      'Secrets Manager secret s has not been rotated yet but was created only 3 days ago.',
    );
  });

  it('compares exact instants: rotated 90 days and 1 hour ago fails', () => {
    expect(one(check, { lastRotatedDate: daysAgo(90 + 1 / 24) })?.reason).toBe(
      'Secrets Manager secret s was last rotated 90 days 1 hour ago, more than 90 days.',
    );
    expect(one(check, { lastRotatedDate: daysAgo(89.9) })?.status).toBe('PASS');
  });

  it('fails a secret last rotated more than 90 days ago', () => {
    const r = one(check, { lastRotatedDate: daysAgo(120) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Secrets Manager secret s was last rotated 120 days ago, more than 90 days.');
  });

  it('fails a secret never rotated since it was created more than 90 days ago', () => {
    const r = one(check, { lastRotatedDate: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Secrets Manager secret s has never been rotated since it was created 200 days ago.');
  });

  it('is UNKNOWN (undecided) without either date', () => {
    expect(one(check, { lastRotatedDate: null, createdDate: null })?.status).toBe('UNKNOWN');
  });

  it('is UNKNOWN when secretsmanager:ListSecrets is denied', () => {
    const r = listDenied(check);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('secretsmanager:ListSecrets');
  });
});
