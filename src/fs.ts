import { createWriteStream } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

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

/** Chunks are joined into writes of about this size: millions of tiny writes would cost more than the data. */
const WRITE_BATCH = 1 << 20;

/**
 * writeFileAtomic for text produced piece by piece (see jsonChunks): never held as one string, so
 * its size is bounded by the disk, not by memory or V8's string limit. Same guarantees: temp file
 * + rename, owner-only mode, no partial file left behind when producing or writing fails.
 */
export async function writeFileAtomicChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  function* batched(): Generator<string> {
    let pending: string[] = [];
    let size = 0;
    for (const c of chunks) {
      pending.push(c);
      size += c.length;
      if (size >= WRITE_BATCH) {
        yield pending.join('');
        pending = [];
        size = 0;
      }
    }
    if (pending.length) yield pending.join('');
  }
  try {
    await pipeline(Readable.from(batched(), { objectMode: false }), createWriteStream(tmp, { encoding: 'utf8', mode: 0o600 }));
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
