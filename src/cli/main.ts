#!/usr/bin/env node
// AWS SDK v3 warns on every Node 20 process; the message is for library authors, not our users.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

import { Command, CommanderError, Option } from 'commander';
import { toolVersion } from './version.js';
import { runScan, runCollect, runEvaluate, runChecks, type CommonFlags } from './commands.js';
import { exitCodeFor, formatError } from './exit.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { formatIds } from '../report/formats.js';

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

const selection = (cmd: Command) =>
  cmd
    .option('--service <list>', 'only checks of these services, comma-separated (see `bulwark checks`)')
    .option('--check <list>', 'only these check ids, comma-separated');
const account = (cmd: Command) =>
  cmd
    .option('--profile <name>', 'AWS shared-config profile (default: the standard credential chain)')
    .option('--region <list>', 'regions to scan, comma-separated, or "all" enabled regions', 'all')
    .addOption(new Option('--concurrency <n>', 'AWS calls in flight at once').default('64').argParser((v) => v))
    .option('--timeout <duration>', 'time budget of the collection (e.g. 90s, 30m, 1h); reads still outstanding then are UNKNOWN', '30m');
const outputs = (cmd: Command) =>
  cmd
    .option('--format <list>', `report formats, comma-separated: ${formatIds().join(', ')}`, 'console')
    .option('--output-dir <dir>', 'write file formats (and, for scan, the inventory) into this directory')
    .option('--as-of <iso-8601>', 'evaluate time-based checks as of this time');

selection(outputs(account(program.command('scan').description('collect the account and evaluate every selected check')))).action(
  (o: CommonFlags) => runScan(o),
);

selection(account(program.command('collect').description('collect the account into an inventory file (no evaluation)')))
  .requiredOption('-o, --output <file>', 'inventory file to write')
  .action((o: CommonFlags & { output: string }) => runCollect(o));

selection(outputs(program.command('evaluate').description('evaluate a saved inventory offline (as of its collection time unless --as-of)')))
  .argument('<inventory>', 'inventory file written by `bulwark collect`')
  .action((file: string, o: CommonFlags) => runEvaluate(file, o));

program
  .command('checks')
  .description('list every check with its metadata and framework IDs')
  .addOption(new Option('--format <format>', 'console or json').choices(['console', 'json']).default('console'))
  .action((o: { format: 'console' | 'json' }) => runChecks(o));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage errors were already printed.
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else {
    // Messages can quote the input (an inventory's keys, a file name): never let it drive the terminal.
    const text = formatError(err);
    process.stderr.write(`bulwark: ${process.env['BULWARK_DEBUG'] ? text : terminalSafe(text)}\n`);
    process.exitCode = exitCodeFor(err);
  }
}
