/**
 * Regenerates the built-in demo account: starts moto, seeds a realistic insecure account in two
 * regions (tests/seed/), runs the real collector against it and writes
 *   examples/demo-inventory.json          what `npm run demo` evaluates offline
 *   examples/bulwark-readonly-policy.json the least-privilege IAM policy: the actions read() recorded,
 *                                         plus those named under src/collect/ (calls the demo account never triggers)
 * Run: npm run demo:regenerate   (needs moto_server on PATH)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startMoto, TEST_CREDENTIALS } from '../tests/moto.js';
import { seedAll } from '../tests/seed/index.js';
import { ClientFactory } from '../src/collect/aws/clients.js';
import { planRegions } from '../src/collect/aws/regions.js';
import { collectInventory } from '../src/collect/run.js';
import { createReader } from '../src/collect/kit/read.js';
import { SECTION_KEYS } from '../src/model/inventory.js';
import { saveInventory } from '../src/model/inventory-file.js';
import { actionsInSource, scannerPolicy } from '../src/collect/scanner-policy.js';
import { toolVersion } from '../src/cli/version.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

const moto = await startMoto();
try {
  await seedAll(moto, REGIONS);
  const clients = new ClientFactory({ credentials: async () => TEST_CREDENTIALS, endpoint: moto.endpoint, maxAttempts: 2 });
  const session = {
    accountId: '123456789012',
    partition: 'aws',
    callerArn: 'arn:aws:iam::123456789012:user/demo-auditor',
    homeRegion: 'us-east-1',
    clients,
  };
  const reader = createReader();
  const regions = await planRegions(session, REGIONS, reader);
  const { inventory, crashes } = await collectInventory({
    session,
    regions,
    reader,
    sections: SECTION_KEYS,
    tool: { name: 'bulwark', version: toolVersion() },
  });
  clients.destroy();
  // A demo with a section missing would mislead every reader of it.
  if (crashes.length) throw new Error(`a collector failed: ${crashes.map((c) => `${c.section}: ${c.message}`).join('; ')}`);
  await saveInventory(new URL('../examples/demo-inventory.json', import.meta.url).pathname, inventory);
  const collectDir = new URL('../src/collect/', import.meta.url);
  const sources = readdirSync(collectDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(new URL(f, collectDir), 'utf8'));
  const actions = [...reader.actions, ...actionsInSource(sources)];
  writeFileSync(
    new URL('../examples/bulwark-readonly-policy.json', import.meta.url),
    `${JSON.stringify(scannerPolicy(actions), null, 2)}\n`,
  );
  console.log(`demo inventory: ${reader.errors.length} read errors, ${reader.actions.size} actions`);
} finally {
  await moto.stop();
}
