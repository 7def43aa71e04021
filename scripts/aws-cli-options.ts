/**
 * Writes tests/fixtures/aws-cli-options.json: for every `aws <service> <command>` used in a check's
 * `remediation.cli`, the options that command accepts, read from the SYNOPSIS of `aws <service> <command> help`.
 * tests/checks/remediation-cli.test.ts validates the remediation commands against that file, so CI does not
 * need the AWS CLI; re-run this script (with the AWS CLI installed, no credentials or network needed) whenever
 * a check's remediation uses a new command:
 *   npx tsx scripts/aws-cli-options.ts
 * A command the AWS CLI does not know is reported and left out of the file, and the script exits non-zero.
 *
 * The module also exports the parser of remediation command templates, shared with the test.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** Where the fixture lives, relative to the repository root. */
export const FIXTURE_PATH = 'tests/fixtures/aws-cli-options.json';

/**
 * Options every `aws` command accepts (`aws help`, GLOBAL OPTIONS), in AWS CLI v1 and v2. They are left out of
 * the fixture and always valid. v2-only ones are listed too, since users run v2.
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-options.html
 */
export const GLOBAL_OPTIONS: readonly string[] = [
  '--ca-bundle',
  '--cli-auto-prompt',
  '--cli-binary-format',
  '--cli-connect-timeout',
  '--cli-read-timeout',
  '--color',
  '--debug',
  '--endpoint-url',
  '--no-cli-auto-prompt',
  '--no-cli-pager',
  '--no-paginate',
  '--no-sign-request',
  '--no-verify-ssl',
  '--output',
  '--profile',
  '--query',
  '--region',
  '--v2-debug',
  '--version',
];

/** One `aws <service> <command> ...` invocation found in a remediation template. */
export interface AwsInvocation {
  service: string;
  command: string;
  /** Every `--option` word, without any `=value` suffix, in order of appearance. */
  options: string[];
  /** The invocation as written (words re-joined with single spaces), for error messages. */
  text: string;
}

/**
 * Splits a remediation template into its shell commands (on `&&`, `||`, `|`, `;` and newlines outside quotes)
 * and each command into words, the way a POSIX shell would: quotes are removed, `#` starts a comment,
 * a backslash-newline continues the line. `<placeholder>` runs (e.g. `<tcp|udp>`, `<other current settings>`)
 * are kept whole as one word part, because in these templates `<...>` is a value to fill in, not a redirection.
 */
export function splitCommands(template: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word: string | undefined;
  const endWord = (): void => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  let i = 0;
  while (i < template.length) {
    const c = template[i] as string;
    if (c === "'" || c === '"') {
      const close = template.indexOf(c, i + 1);
      if (close < 0) throw new Error(`unterminated ${c} quote in: ${template}`);
      word = (word ?? '') + template.slice(i + 1, close);
      i = close + 1;
    } else if (c === '\\' && template[i + 1] === '\n') {
      endWord();
      i += 2;
    } else if (c === '\\' && i + 1 < template.length) {
      word = (word ?? '') + (template[i + 1] as string);
      i += 2;
    } else if (c === '<') {
      const close = template.indexOf('>', i + 1);
      if (close < 0) throw new Error(`unterminated <placeholder> in: ${template}`);
      word = (word ?? '') + template.slice(i, close + 1);
      i = close + 1;
    } else if (c === '#' && word === undefined) {
      const eol = template.indexOf('\n', i);
      i = eol < 0 ? template.length : eol;
    } else if (c === '\n' || c === ';' || c === '|' || c === '&') {
      // `&&`, `||`, `|`, `;`, newline (and a lone `&`) all end a command.
      endCommand();
      i += 1;
    } else if (c === ' ' || c === '\t') {
      endWord();
      i += 1;
    } else {
      word = (word ?? '') + c;
      i += 1;
    }
  }
  endCommand();
  return commands;
}

/**
 * The `aws <service> <command>` invocations of a template (other programs, such as `jq`, are skipped).
 * Throws when an `aws` command does not name a service and a command right after `aws` (global options
 * belong after the command, where every `aws ... help` lists them).
 */
export function awsInvocations(template: string): AwsInvocation[] {
  const out: AwsInvocation[] = [];
  for (const words of splitCommands(template)) {
    if (words[0] !== 'aws') continue;
    const [, service, command] = words;
    const text = words.join(' ');
    if (service === undefined || command === undefined || /^[-<]/.test(service) || /^[-<]/.test(command)) {
      throw new Error(`expected "aws <service> <command> ...", got: ${text}`);
    }
    const options = words
      .slice(3)
      .filter((w) => w.startsWith('--'))
      .map((w) => w.split('=')[0] as string);
    out.push({ service, command, options, text });
  }
  return out;
}

/** Removes the backspace overstrikes (bold, underline) that the AWS CLI's man-page renderer emits. */
function stripOverstrike(text: string): string {
  // Each backspace erases the character before it (the renderer prints "X\bX" for bold, "_\bX" for underline).
  const out: string[] = [];
  for (const ch of text) {
    if (ch === '\b') out.pop();
    else out.push(ch);
  }
  return out.join('');
}

/** The `--options` listed in the SYNOPSIS section of `aws <service> <command> help` output. */
export function synopsisOptions(helpText: string): string[] {
  const text = stripOverstrike(helpText);
  const start = text.search(/^SYNOPSIS\s*$/m);
  if (start < 0) throw new Error('no SYNOPSIS section in help output');
  const rest = text.slice(start);
  const end = rest.search(/^OPTIONS\s*$/m);
  const synopsis = end < 0 ? rest : rest.slice(0, end);
  const options = new Set(synopsis.match(/--[a-z0-9][a-z0-9-]*/g) ?? []);
  for (const global of GLOBAL_OPTIONS) options.delete(global);
  return [...options].sort();
}

const run = promisify(execFile);

async function helpOptions(service: string, command: string): Promise<string[]> {
  // AWS_PAGER='' keeps the CLI from starting `less`; the help renderer needs no credentials or network.
  const { stdout } = await run('aws', [service, command, 'help'], {
    env: { ...process.env, AWS_PAGER: '', PAGER: 'cat' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return synopsisOptions(stdout);
}

async function main(): Promise<void> {
  const { allChecks } = await import('../src/checks/index.js');
  const keys = new Set<string>();
  for (const check of allChecks) {
    if (check.remediation.cli === undefined) continue;
    for (const inv of awsInvocations(check.remediation.cli)) keys.add(`${inv.service} ${inv.command}`);
  }
  const fixture: Record<string, string[]> = {};
  const unknown: string[] = [];
  const sorted = [...keys].sort();
  // A few `aws help` processes at a time: each takes about half a second of CPU.
  const queue = [...sorted];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
        const [service, command] = key.split(' ') as [string, string];
        try {
          fixture[key] = await helpOptions(service, command);
        } catch (err) {
          const stderr = (err as { stderr?: string }).stderr ?? String(err);
          const reason = /Invalid choice/.test(stderr) ? 'unknown service or command' : stderr.trim().split('\n').pop();
          unknown.push(`aws ${key}: ${reason}`);
        }
      }
    }),
  );
  const ordered = Object.fromEntries(sorted.filter((k) => fixture[k] !== undefined).map((k) => [k, fixture[k]]));
  writeFileSync(new URL(`../${FIXTURE_PATH}`, import.meta.url), `${JSON.stringify(ordered, null, 2)}\n`);
  console.log(`wrote ${FIXTURE_PATH} (${Object.keys(ordered).length} commands)`);
  if (unknown.length > 0) {
    console.error(`the AWS CLI does not know these remediation commands; fix them in src/checks/:\n  ${unknown.join('\n  ')}`);
    process.exitCode = 1;
  }
}

// Run only when executed (npx tsx scripts/aws-cli-options.ts), not when the test imports the parser.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
