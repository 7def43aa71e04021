import { describe, it, expect } from 'vitest';
import { secretsmanagerSecretRotationSucceeding as check } from '../../../src/checks/secretsmanager/secretsmanager-secret-rotation-succeeding.js';
import { buildInventory, daysAgo, run } from '../../builders/index.js';
import { listDenied, one } from './common.js';

describe('secretsmanager-secret-rotation-succeeding', () => {
  it('passes a secret whose next rotation is still ahead', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check, {})?.reason).toBe('Secrets Manager secret s is on schedule: next rotation by 2026-07-05.');
  });

  it('fails a secret whose next rotation date has passed', () => {
    const r = one(check, { nextRotationDate: daysAgo(3) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Secrets Manager secret s was due to rotate by 2026-06-12 (its next rotation date) and has not rotated since.');
  });

  it('without a next rotation date, fails a secret overdue by its interval', () => {
    const r = one(check, { nextRotationDate: null, lastRotatedDate: daysAgo(45) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Secrets Manager secret s was due to rotate by 2026-05-31 (its last rotation plus 30 days) and has not rotated since.',
    );
  });

  it('is NOT_APPLICABLE without rotation, and UNKNOWN (undecided) without any date to compare', () => {
    expect(one(check, { rotationEnabled: false })?.status).toBe('NOT_APPLICABLE');
    const r = one(check, { nextRotationDate: null, rotationIntervalDays: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('Secrets Manager secret s has rotation enabled but reports no next rotation date to compare with.');
  });

  it('is UNKNOWN when secretsmanager:ListSecrets is denied', () => {
    const r = listDenied(check);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('secretsmanager:ListSecrets');
  });
});
