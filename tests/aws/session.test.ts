import { describe, it, expect, afterEach } from 'vitest';
import { resolveHomeRegion } from '../../src/aws/session.js';
import { writeTempFile } from '../moto.js';

describe('home region resolution', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  const clear = () => {
    delete process.env['AWS_REGION'];
    delete process.env['AWS_DEFAULT_REGION'];
    delete process.env['AWS_PROFILE'];
  };

  it('prefers AWS_REGION, then AWS_DEFAULT_REGION (which SDK v3 itself ignores)', async () => {
    clear();
    process.env['AWS_CONFIG_FILE'] = '/nonexistent';
    process.env['AWS_DEFAULT_REGION'] = 'eu-central-1';
    expect(await resolveHomeRegion()).toBe('eu-central-1');
    process.env['AWS_REGION'] = 'ap-south-1';
    expect(await resolveHomeRegion()).toBe('ap-south-1');
  });

  it("falls back to the profile's region, then us-east-1", async () => {
    clear();
    process.env['AWS_CONFIG_FILE'] = writeTempFile('config', '[default]\nregion = eu-west-3\n[profile audit]\nregion = sa-east-1\n');
    process.env['AWS_SHARED_CREDENTIALS_FILE'] = '/nonexistent';
    expect(await resolveHomeRegion()).toBe('eu-west-3');
    expect(await resolveHomeRegion('audit')).toBe('sa-east-1');
    expect(await resolveHomeRegion('no-such-profile')).toBe('us-east-1');
  });
});
