import { describe, it, expect } from 'vitest';
import { secretsmanagerSecretRotationEnabled as check } from '../../../src/checks/secretsmanager/secretsmanager-secret-rotation-enabled.js';
import { buildInventory, run } from '../../builders/index.js';
import { listDenied, one } from './common.js';

describe('secretsmanager-secret-rotation-enabled', () => {
  it('passes a secret with automatic rotation', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check, {})?.reason).toBe('Secrets Manager secret s rotates automatically (every 30 days).');
    expect(one(check, { rotationIntervalDays: null, rotationSchedule: 'rate(10 days)' })?.reason).toBe(
      'Secrets Manager secret s rotates automatically (rate(10 days)).',
    );
  });

  it('fails a secret without automatic rotation', () => {
    const r = one(check, { rotationEnabled: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Secrets Manager secret s does not have automatic rotation enabled.');
  });

  it('is UNKNOWN when secretsmanager:ListSecrets is denied', () => {
    const r = listDenied(check);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('secretsmanager:ListSecrets');
  });
});
