import { describe, it, expect } from 'vitest';
import { allChecks } from '../../src/checks/index.js';
import { fsbpControls, securityHubControls } from '../../src/frameworks/index.js';
import { FSBP_NOT_CHECKED } from '../../src/frameworks/fsbp-not-checked.js';

const prefix = (id: string) => id.slice(0, id.lastIndexOf('.'));
const mapped = new Set(allChecks.flatMap((c) => c.frameworks.fsbp ?? []));

describe('FSBP controls without a check', () => {
  const services = Object.entries(FSBP_NOT_CHECKED);

  it.each(services)('%s: every FSBP control has a check or a stated reason', (service, notChecked) => {
    const missing = fsbpControls.filter((c) => prefix(c.id) === service && !mapped.has(c.id) && !(c.id in notChecked)).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it.each(services)(
    '%s: each listed control is a Security Hub control of the service, has no check and a reason',
    (service, notChecked) => {
      for (const [id, reason] of Object.entries(notChecked)) {
        expect(prefix(id)).toBe(service);
        // FSBP controls, and the tagging (Resource Tagging Standard) controls of the same prefix.
        expect(securityHubControls.some((c) => c.id === id)).toBe(true);
        expect(mapped.has(id)).toBe(false);
        expect(reason.length).toBeGreaterThan(20);
      }
    },
  );
});
