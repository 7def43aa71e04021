import { rename, unlink, writeFile } from 'node:fs/promises';

/**
 * Writes atomically (temp file + rename) so a failed write never leaves a partial file. Owner-only
 * mode: inventories and findings describe an account's weaknesses.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, data, { encoding: 'utf8', mode: 0o600 });
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
