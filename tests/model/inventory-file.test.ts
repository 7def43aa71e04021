import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInventory, loadInventory, InventoryFileError, MAX_INVENTORY_DEPTH } from '../../src/model/inventory-file.js';
import { ACCOUNT_ID, buildInventory } from '../builders/index.js';
import { tempDir } from '../temp.js';

const text = (v: unknown) => JSON.stringify(v);

describe('parseInventory rejects hostile or malformed files as bad input', () => {
  it('accepts a real inventory', () => {
    expect(parseInventory(text(buildInventory()), 'inv.json').account.id).toBe(ACCOUNT_ID);
  });

  it('accepts a file saved with a UTF-8 byte-order mark (Windows editors, PowerShell Out-File)', async () => {
    expect(parseInventory(`\uFEFF${text(buildInventory())}`, 'bom.json').account.id).toBe(ACCOUNT_ID);
    const dir = tempDir('bulwark-bom-');
    const file = join(dir, 'inventory.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text(buildInventory()))]));
    expect((await loadInventory(file)).account.id).toBe(ACCOUNT_ID);
    // Only a leading mark is a byte-order mark: one inside the text is still not JSON.
    expect(() => parseInventory(` \uFEFF${text(buildInventory())}`, 'mid.json')).toThrow(InventoryFileError);
  });

  it('rejects deep nesting with an InventoryFileError instead of overflowing the stack', () => {
    const inv = buildInventory() as unknown as { iam: { roles: { value: { assumeRolePolicyDocument: unknown }[] } } };
    const role = inv.iam.roles.value[0];
    expect(role).toBeDefined();
    // z.json() validation recursed ~4 frames per level: 3000 levels overflowed (exit 3, "unexpected error").
    const placeholder = '"@@DEEP@@"';
    (role as { assumeRolePolicyDocument: unknown }).assumeRolePolicyDocument = '@@DEEP@@';
    const deep = text(inv).replace(placeholder, `${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    expect(() => parseInventory(deep, 'deep.json')).toThrow(InventoryFileError);
    expect(() => parseInventory(deep, 'deep.json')).toThrow(new RegExp(`nested more than ${MAX_INVENTORY_DEPTH} levels`));
  });

  it('rejects an unparseable collection time (evaluate takes "now" from it)', () => {
    const inv = { ...buildInventory(), finishedAt: 'yesterday' };
    expect(() => parseInventory(text(inv), 'bad-time.json')).toThrow(InventoryFileError);
    expect(() => parseInventory(text(inv), 'bad-time.json')).toThrow(/finishedAt: not an ISO-8601 time/);
    expect(() => parseInventory(text({ ...buildInventory(), startedAt: '' }), 'bad-time.json')).toThrow(/startedAt: not an ISO-8601 time/);
  });

  it('rejects a credential report date that is a literal or free text, naming where it is', () => {
    const inv = buildInventory() as unknown as { iam: { credentialReport: { value: { users: { accessKey1LastUsedDate: unknown }[] } } } };
    const row = inv.iam.credentialReport.value.users[0];
    expect(row).toBeDefined();
    (row as { accessKey1LastUsedDate: unknown }).accessKey1LastUsedDate = 'N/A';
    expect(() => parseInventory(text(inv), 'crafted.json')).toThrow(InventoryFileError);
    expect(() => parseInventory(text(inv), 'crafted.json')).toThrow(/iam\.credentialReport\.value\.users\.0\.accessKey1LastUsedDate/);
  });
});
