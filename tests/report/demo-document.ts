/** The demo account's findings document, evaluated with fixed times and tool version so goldens are stable. */
import { readFileSync } from 'node:fs';
import { parseInventory } from '../../src/model/inventory-file.js';
import { evaluateInventory } from '../../src/evaluate/run.js';
import { allChecks } from '../../src/checks/index.js';
import { checksRunnableOn, selectChecks } from '../../src/evaluate/select.js';
import type { FindingsDocument } from '../../src/evaluate/finding.js';

let cached: FindingsDocument | undefined;

export function demoDocument(): FindingsDocument {
  if (cached) return structuredClone(cached);
  const inventory = parseInventory(readFileSync(new URL('../../examples/demo-inventory.json', import.meta.url), 'utf8'), 'demo');
  const { checks } = checksRunnableOn(inventory, selectChecks(allChecks, {}), {});
  cached = evaluateInventory(inventory, checks, {
    now: new Date(inventory.finishedAt),
    finishedAt: new Date(inventory.finishedAt),
    tool: { name: 'bulwark', version: '0.0.0-test' },
  });
  return structuredClone(cached);
}
