import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ScanSetupError, UsageError } from '../errors.js';
import { scanText, type TextMatch } from './scan-text.js';

/**
 * Every commit of a repository, streamed: `git log --all --reverse -p --unified=0` prints, commit
 * by commit, the lines each one added, and only those are scanned (a line that a commit kept was
 * scanned at the commit that added it). Oldest first, so the commit reported for a secret is the
 * one that introduced it; the same secret at the same path in later commits is not reported again.
 *
 * git runs through spawn with an argument array (a path never meets a shell), with external diff
 * drivers and textconv filters off, so a repository's config cannot run programs through us.
 */
export interface HistoryMatch extends TextMatch {
  path: string;
  commit: string;
  /** The commit's author date, as git prints it (ISO 8601). */
  authorDate: string;
}

export interface HistoryOptions {
  maxBytes: number;
  onSkip: (path: string, reason: 'large') => void;
}

function runGit(cwd: string, args: string[]) {
  return spawn('git', ['-c', 'core.quotePath=false', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves with git's exit code and stderr; rejects with ScanSetupError when git is not installed. */
function finished(child: ReturnType<typeof runGit>): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-2000)));
  return new Promise((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new ScanSetupError('--git-history needs git on PATH, and it was not found') : e),
    );
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

/** `"a\303\251b"` (git's C-style quoting of unusual names) to the name. */
function unquotePath(p: string): string {
  if (!p.startsWith('"')) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

export async function* scanGitHistory(dir: string, options: HistoryOptions): AsyncGenerator<HistoryMatch> {
  const probe = runGit(dir, ['rev-parse', '--is-inside-work-tree']);
  probe.stdout.resume();
  const probed = await finished(probe);
  if (probed.code !== 0) throw new UsageError(`--git-history: not a git repository: ${dir}`);

  const COMMIT = '\u0001';
  const child = runGit(dir, [
    'log',
    '--all',
    '--reverse',
    '-p',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-renames',
    '--relative',
    `--format=${COMMIT}%H %aI`,
  ]);
  const done = finished(child);
  const seen = new Set<string>();
  let commit = '';
  let authorDate = '';
  let path: string | null = null;
  let hunk: { start: number; lines: string[]; bytes: number } | null = null;

  async function* flush(): AsyncGenerator<HistoryMatch> {
    const h = hunk;
    hunk = null;
    if (!h || path === null || h.lines.length === 0) return;
    if (h.bytes > options.maxBytes) {
      options.onSkip(`${path}@${commit.slice(0, 12)}`, 'large');
      return;
    }
    for (const m of await scanText(h.lines.join('\n'), { path, lineOffset: h.start - 1 })) {
      const key = `${path}\u0000${m.rule}\u0000${m.fingerprint}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield { ...m, path, commit, authorDate };
    }
  }

  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.startsWith(COMMIT)) {
      yield* flush();
      [commit = '', authorDate = ''] = line.slice(1).split(' ');
      path = null;
    } else if (line.startsWith('diff --git ')) {
      yield* flush();
      path = null;
    } else if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      path = target === '/dev/null' ? null : unquotePath(target.replace(/\t$/, '')).replace(/^b\//, '');
    } else if (line.startsWith('@@ ')) {
      yield* flush();
      const start = Number(/\+(\d+)/.exec(line)?.[1] ?? '1');
      hunk = { start, lines: [], bytes: 0 };
    } else if (hunk && line.startsWith('+')) {
      // Past the size limit the lines are counted, not kept: memory stays bounded by maxBytes.
      hunk.bytes += line.length;
      if (hunk.bytes <= options.maxBytes) hunk.lines.push(line.slice(1));
    }
  }
  yield* flush();
  const { code, stderr } = await done;
  // An empty repository (no commit yet) has no history to scan: that is not an error.
  if (code !== 0 && !/does not have any commits|bad default revision/.test(stderr))
    throw new ScanSetupError(`git log failed in ${dir}: ${stderr.trim().split('\n').pop() ?? `exit ${code}`}`);
}
