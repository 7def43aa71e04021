import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Severity } from '../model/vocabulary.js';
import { scanGitHistory } from './git-history.js';
import { scanText } from './scan-text.js';
import { readCandidate, walkTree, type SkipReason } from './walk.js';

/** One secret found: where, which rule, how bad, and a masked preview. Never the value. */
export interface SecretFinding {
  /** The scanned PATH argument this was found under, as given. */
  root: string;
  /** The file, relative to `root` (in a commit: relative to `root` in that commit). */
  path: string;
  line: number;
  rule: string;
  severity: Severity;
  preview: string;
  /** With --git-history: the commit that added it, and its author date. */
  commit?: string;
  authorDate?: string;
  /** For aws-access-key-id: the key ID (an identifier, not a secret), matched against the account by `scan --secrets`. */
  accessKeyId?: string;
}

export interface SecretsScanOptions {
  gitHistory: boolean;
  includeIgnored: boolean;
  /** Files (and commit hunks) larger than this are skipped and counted. */
  maxBytes: number;
}

export interface SecretsScanResult {
  findings: SecretFinding[];
  filesScanned: number;
  skipped: Record<SkipReason, number>;
  /** A few skipped paths per reason, for the report (all of them could be thousands). */
  skippedExamples: Record<SkipReason, string[]>;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export async function scanSecrets(paths: string[], options: SecretsScanOptions): Promise<SecretsScanResult> {
  if (paths.length === 0) throw new UsageError('give at least one PATH to scan');
  const kinds = await Promise.all(
    paths.map(async (p) => {
      const st = await stat(p).catch(() => null);
      if (!st) throw new UsageError(`no such file or directory: ${p}`);
      if (options.gitHistory && !st.isDirectory()) throw new UsageError(`--git-history needs a directory, not a file: ${p}`);
      return st.isDirectory() ? ('dir' as const) : ('file' as const);
    }),
  );
  const result: SecretsScanResult = {
    findings: [],
    filesScanned: 0,
    skipped: { large: 0, binary: 0, ignored: 0, symlink: 0, unreadable: 0 },
    skippedExamples: { large: [], binary: [], ignored: [], symlink: [], unreadable: [] },
  };
  const onSkip = (path: string, reason: SkipReason) => {
    result.skipped[reason]++;
    if (result.skippedExamples[reason].length < 10) result.skippedExamples[reason].push(path);
  };

  for (const [i, root] of paths.entries()) {
    const kind = kinds[i];
    const add = (path: string, matches: Awaited<ReturnType<typeof scanText>>) => {
      for (const { fingerprint: _fingerprint, ...m } of matches) result.findings.push({ root, path, ...m });
    };
    if (kind === 'file') {
      const read = await readCandidate(resolve(root), options.maxBytes);
      if ('skipped' in read) onSkip(basename(root), read.skipped);
      else {
        result.filesScanned++;
        add(basename(root), await scanText(read.text, { path: basename(root) }));
      }
      continue;
    }
    for await (const file of walkTree(resolve(root), { includeIgnored: options.includeIgnored, maxBytes: options.maxBytes }, onSkip)) {
      result.filesScanned++;
      add(file.path, await scanText(file.text, { path: file.path }));
    }
    if (options.gitHistory) {
      for await (const m of scanGitHistory(resolve(root), { maxBytes: options.maxBytes, onSkip })) {
        const { fingerprint: _fingerprint, ...rest } = m;
        result.findings.push({ root, ...rest });
      }
    }
  }
  return result;
}
