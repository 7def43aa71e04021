import { lstat, open, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/**
 * The files of a tree that are worth reading for secrets, and the ones that are not, counted.
 *
 * - `.gitignore`d paths are skipped unless `includeIgnored` (the `ignore` package implements git's
 *   pattern semantics; each directory's `.gitignore` applies below it, as in git). `.git/` itself
 *   is never walked: its objects are compressed, and `--git-history` reads them through git.
 * - Symbolic links are never followed: a link out of the tree would scan someone else's files, and
 *   a link inside it points at a file the walk reaches anyway.
 * - Files larger than `maxBytes` and binary files (a NUL byte in the first 8 KiB, git's own test)
 *   are skipped and counted; the others are read whole, which `maxBytes` bounds.
 */
export interface WalkOptions {
  includeIgnored: boolean;
  maxBytes: number;
}

export type SkipReason = 'large' | 'binary' | 'ignored' | 'symlink' | 'unreadable';

export interface WalkedFile {
  /** The path as reported: relative to the scanned root, with `/` separators. */
  path: string;
  text: string;
}

const BINARY_SNIFF = 8192;

interface IgnoreScope {
  dir: string;
  rules: Ignore;
}

/** Reads one file: its text, or why it was skipped. */
export async function readCandidate(absolute: string, maxBytes: number): Promise<{ text: string } | { skipped: SkipReason }> {
  const st = await lstat(absolute);
  if (st.isSymbolicLink()) return { skipped: 'symlink' };
  if (st.size > maxBytes) return { skipped: 'large' };
  const handle = await open(absolute, 'r');
  try {
    const head = Buffer.alloc(Math.min(BINARY_SNIFF, st.size));
    await handle.read(head, 0, head.length, 0);
    if (head.includes(0)) return { skipped: 'binary' };
  } finally {
    await handle.close();
  }
  return { text: await readFile(absolute, 'utf8') };
}

export async function* walkTree(
  root: string,
  options: WalkOptions,
  onSkip: (path: string, reason: SkipReason) => void,
): AsyncGenerator<WalkedFile> {
  const toReported = (abs: string) => relative(root, abs).split(sep).join('/');
  const isIgnored = (abs: string, isDir: boolean, scopes: IgnoreScope[]) =>
    scopes.some((s) => {
      const rel = relative(s.dir, abs).split(sep).join('/');
      return rel !== '' && !rel.startsWith('..') && s.rules.ignores(isDir ? `${rel}/` : rel);
    });

  async function* visit(dir: string, scopes: IgnoreScope[]): AsyncGenerator<WalkedFile> {
    let here = scopes;
    if (!options.includeIgnored) {
      const gitignore = await readFile(join(dir, '.gitignore'), 'utf8').catch(() => null);
      if (gitignore !== null) here = [...scopes, { dir, rules: ignore().add(gitignore) }];
    }
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      onSkip(toReported(dir), 'unreadable');
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory() && entry.name === '.git') continue;
      if (entry.isSymbolicLink()) {
        onSkip(toReported(abs), 'symlink');
        continue;
      }
      if (!options.includeIgnored && isIgnored(abs, entry.isDirectory(), here)) {
        onSkip(toReported(abs), 'ignored');
        continue;
      }
      if (entry.isDirectory()) yield* visit(abs, here);
      else if (entry.isFile()) {
        const read = await readCandidate(abs, options.maxBytes).catch(() => ({ skipped: 'unreadable' as const }));
        if ('skipped' in read) onSkip(toReported(abs), read.skipped);
        else yield { path: toReported(abs), text: read.text };
      }
    }
  }
  yield* visit(root, []);
}
