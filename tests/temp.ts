/**
 * Temporary folders and child processes of tests, removed and stopped after each test file
 * (tests/setup/cleanup.ts): a test run leaves nothing behind, even when a file's own afterAll
 * never ran (a failing beforeAll, a timeout).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created = new Set<string>();
const processes = new Set<{ kill(signal?: NodeJS.Signals): boolean; exitCode: number | null }>();

/** A child process to kill at the end of the test file if it is still running then. */
export function trackProcess(proc: { kill(signal?: NodeJS.Signals): boolean; exitCode: number | null }): void {
  processes.add(proc);
}

/** A new empty folder under the system temp directory, removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.add(dir);
  return dir;
}

export function cleanUpTestFile(): void {
  for (const proc of processes) if (proc.exitCode === null) proc.kill('SIGKILL');
  processes.clear();
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  created.clear();
}
