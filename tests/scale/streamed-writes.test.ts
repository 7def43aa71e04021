import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomicChunks } from '../../src/fs.js';
import { loadInventory, saveInventory } from '../../src/model/inventory-file.js';
import { buildInventory } from '../builders/index.js';

const dirs: string[] = [];
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'bulwark-streamed-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('inventories are written streamed and atomically', () => {
  it('saveInventory writes what JSON.stringify(inventory, null, 2) wrote, owner-only, and loads back', async () => {
    const dir = scratch();
    const file = join(dir, 'inventory.json');
    const inventory = buildInventory();
    await saveInventory(file, inventory);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(inventory, null, 2)}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await loadInventory(file)).toEqual(JSON.parse(JSON.stringify(inventory)));
    expect(readdirSync(dir)).toEqual(['inventory.json']);
  });

  it('a failure while producing the text leaves no file and no temporary file, and an older file intact', async () => {
    const dir = scratch();
    const file = join(dir, 'out.json');
    function* failing(): Generator<string> {
      yield 'x'.repeat(3 << 20); // more than one write batch reaches the disk first
      throw new Error('renderer failed');
    }
    await expect(writeFileAtomicChunks(file, failing())).rejects.toThrow('renderer failed');
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(file, 'previous');
    await expect(writeFileAtomicChunks(file, failing())).rejects.toThrow('renderer failed');
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readFileSync(file, 'utf8')).toBe('previous');
  });

  it('an unwritable destination fails without leaving a temporary file', async () => {
    const dir = scratch();
    await expect(saveInventory(join(dir, 'missing', 'inventory.json'), buildInventory())).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
