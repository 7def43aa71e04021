/**
 * Seeds the demo / end-to-end account in moto: every service's seeder, in sequence (they share
 * one moto and must not interfere), returning the findings the scanner must then report.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { ExpectedFinding } from './expected.js';

type Seeder = (moto: { endpoint: string }, regions: string[]) => Promise<ExpectedFinding[]>;

const dir = fileURLToPath(new URL('.', import.meta.url));

export async function seedAll(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'expected.ts'].includes(f))
    .sort();
  const expected: ExpectedFinding[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
    const seeders = Object.entries(mod).filter(([name, v]) => name.startsWith('seed') && typeof v === 'function') as [string, Seeder][];
    for (const [name, seed] of seeders) {
      try {
        expected.push(...(await seed(moto, regions)));
      } catch (e) {
        throw new Error(`${f} ${name}: ${(e as Error).message}`, { cause: e });
      }
    }
  }
  return expected;
}
