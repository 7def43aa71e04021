import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allChecks } from '../../src/checks/index.js';

// The README states how many checks Bulwark has; hold it to the registry so it cannot go stale.
describe('README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('states the number of automated checks and manual items the registry holds', () => {
    const m = /\*\*(\d+) automated checks and (\d+) manual guidance items\*\*/.exec(readme);
    expect(m, 'README names "N automated checks and M manual guidance items"').not.toBeNull();
    const manual = allChecks.filter((c) => c.service === 'manual').length;
    expect([Number(m?.[1]), Number(m?.[2])]).toEqual([allChecks.length - manual, manual]);
  });

  it('opens with the demo command and the test command', () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toContain('npm run demo');
    expect(firstBlock).toContain('npm test');
  });
});
