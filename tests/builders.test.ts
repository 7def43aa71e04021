import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, buildInventory } from './builders/index.js';

// The builders once formed an import cycle (index.ts <-> each service builder), so values computed
// at module load, such as the organization's ARN, read ACCOUNT_ID before it was set.
describe('test builders', () => {
  it('compute module-level values from initialised constants', () => {
    const org = buildInventory().organizations.organization;
    expect(org.ok && org.value?.arn).toBe(`arn:aws:organizations::${ACCOUNT_ID}:organization/o-a1b2c3d4e5`);
  });
});
