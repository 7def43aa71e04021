import { describe, it, expect } from 'vitest';
import { secretsmanagerSecretTagged as check } from '../../../src/checks/secretsmanager/secretsmanager-secret-tagged.js';
import { buildInventory, run } from '../../builders/index.js';
import { listDenied, one } from './common.js';

describe('secretsmanager-secret-tagged', () => {
  it('passes a tagged secret', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check, {})?.reason).toBe('Secrets Manager secret s is tagged with team.');
  });

  it('fails a secret without tags', () => {
    const r = one(check, { tags: {} });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Secrets Manager secret s has no tags.');
  });

  it('fails a secret with only aws: system tags', () => {
    const r = one(check, { tags: { 'aws:secretsmanager:owningService': 'rds' } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Secrets Manager secret s has no tags other than 1 aws: system tag.');
  });

  it('is UNKNOWN when secretsmanager:ListSecrets is denied', () => {
    const r = listDenied(check);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('secretsmanager:ListSecrets');
  });
});
