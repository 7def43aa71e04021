#!/usr/bin/env node
// AWS SDK v3 warns on every Node 20 process; the message is for library authors, not our users.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

// Start-up time: this file imports only what declaring the commands needs (commander, the version,
// a few constant lists). Each command's code (400+ checks, the AWS SDK, the renderers) is loaded by
// a dynamic import() in its action, so `--help`, `--version` and usage errors never load it.
import nodeModule from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { toolVersion } from './version.js';
import type { CommonFlags } from './commands.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { REPORT_FORMAT_IDS } from '../report/format-ids.js';
import { DIFF_FORMATS } from '../diff/formats.js';
import { SEVERITIES } from '../model/vocabulary.js';
import type { DiffFlags } from '../diff/command.js';
import type { SecretsFlags } from './secrets-command.js';

/** --fail-on values (exit.ts FAIL_ON, which loads the inventory schema: not needed to declare the flag). */
const FAIL_ON = SEVERITIES;
const commands = () => import('./commands.js');

// Node 22.1+ can cache the compiled code of the modules a command loads (400+ checks), which
// shortens every later start (about a tenth of `bulwark checks`); Node 20 has no such API.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// `bulwark scan --format json | head` closes stdout early: that is not an error worth a trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`bulwark: cannot write to standard output: ${err.code ?? err.message}\n`);
  process.exit(3);
});

const program = new Command('bulwark')
  .description('Read-only AWS security posture scanner: per-resource findings mapped to CIS AWS Foundations and AWS FSBP.')
  .version(toolVersion(), '-V, --version')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

/** A list flag may be repeated: `--region a --region b` means both (commander would keep the last). */
const merged = (value: string, previous: string | undefined) => (previous === undefined ? value : `${previous},${value}`);

const selection = (cmd: Command) =>
  cmd
    .option('--service <list>', 'only checks of these services, comma-separated or repeated (see `bulwark checks`)', merged)
    .option('--check <list>', 'only these check ids, comma-separated or repeated', merged)
    .option('--framework <id>', 'only checks of this framework, with its compliance summary (see `bulwark frameworks`)');
const account = (cmd: Command) =>
  cmd
    .option('--profile <name>', 'AWS shared-config profile (default: the standard credential chain)')
    .option('--region <list>', 'regions to scan, comma-separated or repeated, or "all" enabled regions (default: all)', merged)
    .addOption(new Option('--concurrency <n>', 'AWS calls in flight at once').default('64').argParser((v) => v))
    .option('--timeout <duration>', 'time budget of the collection (e.g. 90s, 30m, 1h); reads still outstanding then are UNKNOWN', '30m')
    .option('--rate-limits <file>', 'JSON/YAML overrides of the AWS rate limits the scan paces itself to (see docs/performance.md)');
const outputs = (cmd: Command) =>
  cmd
    .option('--format <list>', `report formats, comma-separated: ${REPORT_FORMAT_IDS.join(', ')}`, 'console')
    .option('--output-dir <dir>', 'write file formats (and, for scan, the inventory) into this directory')
    .option('--as-of <iso-8601>', 'evaluate time-based checks as of this time')
    .option(
      '--export <target>',
      'after the reports, import the findings into: securityhub (the one write call; needs securityhub:BatchImportFindings)',
    )
    .option('--history [db]', 'record the scan in a SQLite history (default: the user data directory; see `bulwark history`)')
    .option('--mutelist <file>', 'YAML file of accepted findings to report as MUTED (docs/mutelist.md)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when an unmuted FAIL of this severity or worse exists (for CI)').choices(FAIL_ON))
    .option('--verbose', 'console report: list every finding instead of the top resources of each check');

selection(outputs(account(program.command('scan').description('collect the account and evaluate every selected check'))))
  .option(
    '--secrets <path>',
    'also scan this source tree for secrets and match found access keys against the account (repeatable)',
    (v: string, prev: string[] = []) => [...prev, v],
  )
  .option('--secrets-git-history', 'with --secrets: also scan every commit of the git repositories given')
  .action(async (o: CommonFlags) => (await commands()).runScan(o));

selection(account(program.command('collect').description('collect the account into an inventory file (no evaluation)')))
  .requiredOption('-o, --output <file>', 'inventory file to write')
  .action(async (o: CommonFlags & { output: string }) => (await commands()).runCollect(o));

selection(outputs(program.command('evaluate').description('evaluate a saved inventory offline (as of its collection time unless --as-of)')))
  .argument('<inventory>', 'inventory file written by `bulwark collect`')
  .action(async (file: string, o: CommonFlags) => (await commands()).runEvaluate(file, o));

program
  .command('checks')
  .description('list every check with its metadata and framework IDs')
  .addOption(new Option('--format <format>', 'console or json').choices(['console', 'json']).default('console'))
  .action(async (o: { format: 'console' | 'json' }) => (await commands()).runChecks(o));

program
  .command('frameworks')
  .description('list the compliance frameworks, with how many of their controls Bulwark checks')
  .addOption(new Option('--format <format>', 'console or json').choices(['console', 'json']).default('console'))
  .action(async (o: { format: 'console' | 'json' }) => (await commands()).runFrameworks(o));

program
  .command('diff')
  .description('compare two findings documents (--format json): new, fixed and still-failing findings')
  .argument('<old>', 'the earlier findings document')
  .argument('<new>', 'the later findings document')
  .addOption(new Option('--format <format>', DIFF_FORMATS.join(', ')).choices(DIFF_FORMATS).default('console'))
  .addOption(new Option('--fail-on-new <severity>', 'exit 1 when a new failure of this severity or above exists').choices(SEVERITIES))
  .action(async (oldFile: string, newFile: string, o: DiffFlags) =>
    (await import('../diff/command.js')).runDiff(oldFile, newFile, o, {
      stdout: (t) => void process.stdout.write(t),
      color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
    }),
  );

program
  .command('history')
  .description('list recorded scans (see --history) and the FAIL trend per severity')
  .option('--db <file>', 'history database (default: the user data directory)')
  .option('--account <id>', 'only this account')
  .addOption(new Option('--format <format>', 'console or json').choices(['console', 'json']).default('console'))
  .action(async (o: { db?: string; account?: string; format: 'console' | 'json' }) =>
    (await import('../history/cli.js')).runHistory(o, (t) => void process.stdout.write(t)),
  );

program
  .command('secrets')
  .description('find credentials in files and directories (and with --git-history in every commit); exit 1 when any is found')
  .argument('<path...>', 'files or directories to scan')
  .option('--git-history', 'also scan every commit of the git repository at each PATH')
  .option('--include-ignored', 'also scan paths that .gitignore excludes')
  .addOption(new Option('--format <format>', 'report format').choices(['console', 'json', 'sarif']).default('console'))
  .option('--output <file>', 'write the report to this file instead of standard output')
  .option('--max-file-size <size>', 'skip files larger than this (e.g. 5MB, 512KB)', '5MB')
  .action(async (paths: string[], o: SecretsFlags) => (await import('./secrets-command.js')).runSecrets(paths, o));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage errors were already printed.
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else {
    const { exitCodeFor, formatError } = await import('./exit.js');
    // Messages can quote the input (an inventory's keys, a file name): never let it drive the terminal.
    const text = formatError(err);
    process.stderr.write(`bulwark: ${process.env['BULWARK_DEBUG'] ? text : terminalSafe(text)}\n`);
    process.exitCode = exitCodeFor(err);
  }
}
