/**
 * The CLI loads each command's code lazily (src/cli/main.ts) to start fast. These tests pin what a
 * user sees meanwhile: every help text byte for byte as it was before the change
 * (tests/fixtures/cli-help/, captured from the eagerly-loading CLI), the version, and the usage
 * errors with their exit codes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/cli-help/${name}.txt`, import.meta.url), 'utf8');
const COMMANDS = ['scan', 'collect', 'evaluate', 'checks', 'frameworks', 'diff', 'history', 'secrets'];

describe('help texts are unchanged by lazy loading', () => {
  it('bulwark --help', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(fixture('main'));
  });

  it.each(COMMANDS)('bulwark %s --help, and through bulwark help', async (command) => {
    const r = await runCli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(fixture(command));
    const viaHelp = await runCli(['help', command]);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(fixture(command));
  });

  it('bulwark --version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('no command prints the help on stderr with exit 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(fixture('main'));
  });
});

describe('usage errors keep their messages and exit codes', () => {
  const HINT = '(run with --help for usage)\n';
  it.each([
    [['bogus'], "error: unknown command 'bogus'\n"],
    [['scan', '--bogus'], "error: unknown option '--bogus'\n"],
    [['evaluate'], "error: missing required argument 'inventory'\n"],
    [['diff', 'a'], "error: missing required argument 'new'\n"],
    [['checks', '--format', 'xml'], "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are console, json.\n"],
  ])('bulwark %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(message + HINT);
  });

  it('an error thrown by a lazily loaded command is still one line with its exit code', async () => {
    const r = await runCli(['evaluate', '/nonexistent/bulwark-inventory.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bulwark: Cannot read inventory /nonexistent/bulwark-inventory.json: ENOENT.\n');
    const unknownFormat = await runCli(['evaluate', '/nonexistent/x.json', '--format', 'pdf']);
    expect(unknownFormat.code).toBe(2);
    expect(unknownFormat.stderr).toMatch(/^bulwark: Unknown format "pdf"\. Known formats: console, json, html/);
  });
});

/**
 * Static imports reachable from src/cli/main.ts (type-only imports excluded): what every start,
 * `--help` included, pays for. The heavy parts must stay behind dynamic import().
 */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith('src/')) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) todo.push(new URL(spec.replace(/\.js$/, '.ts'), `file:///${file}`).pathname.slice(1));
      else seen.add(spec);
    }
  }
  return seen;
}

describe('start-up path', () => {
  it('main.ts statically imports no check, collector, AWS SDK client, renderer or schema', () => {
    const graph = [...staticGraph('src/cli/main.ts')];
    expect(graph).toContain('commander');
    expect(graph).toContain('src/report/terminal-safe.ts');
    const heavy = graph.filter((f) => /^src\/(checks|collect|evaluate|pipeline|model\/inventory|report\/formats)|^@aws-sdk|^zod/.test(f));
    expect(heavy).toEqual([]);
  });
});
