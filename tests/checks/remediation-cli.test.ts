import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { allChecks } from '../../src/checks/index.js';
import {
  awsInvocations,
  splitCommands,
  synopsisOptions,
  FIXTURE_PATH,
  GLOBAL_OPTIONS,
  type AwsInvocation,
} from '../../scripts/aws-cli-options.js';

/**
 * Every `remediation.cli` must be a real AWS CLI command: known service and command, and only options that
 * command accepts. The options come from tests/fixtures/aws-cli-options.json, generated from
 * `aws <service> <command> help` by scripts/aws-cli-options.ts, so this test runs without the AWS CLI.
 */
const options = JSON.parse(readFileSync(new URL(`../../${FIXTURE_PATH}`, import.meta.url), 'utf8')) as Record<string, string[]>;
const globals = new Set(GLOBAL_OPTIONS);
const REGENERATE =
  'run `npx tsx scripts/aws-cli-options.ts` (needs the AWS CLI) to add it; if the script reports it as unknown, the command is wrong';

/** The problems of one invocation against the fixture: a missing command, or options the command does not take. */
function problems(inv: AwsInvocation): string[] {
  const key = `${inv.service} ${inv.command}`;
  const valid = options[key];
  if (valid === undefined) return [`"aws ${key}" is not in ${FIXTURE_PATH}: ${REGENERATE}`];
  return inv.options.filter((o) => !globals.has(o) && !valid.includes(o)).map((o) => `"aws ${key}" has no option ${o} (in: ${inv.text})`);
}

const withCli = allChecks.filter((c) => c.remediation.cli !== undefined);

describe('remediation CLI commands', () => {
  it('covers the checks that have a cli template', () => {
    expect(withCli.length).toBeGreaterThan(50);
  });

  it.each(withCli.map((c) => [c.id, c.remediation.cli as string]))('%s: valid aws commands and options', (_id, cli) => {
    const invocations = awsInvocations(cli);
    // A template with no `aws ...` command at all (a typo such as `asw`) is as wrong as a bad option.
    expect(invocations.length).toBeGreaterThan(0);
    expect(invocations.flatMap(problems)).toEqual([]);
  });

  it('fixture entries are sorted option lists without the global options', () => {
    expect(Object.keys(options).length).toBeGreaterThan(0);
    for (const [key, list] of Object.entries(options)) {
      expect(key).toMatch(/^[a-z0-9-]+ [a-z0-9-]+$/);
      expect(list).toEqual([...list].sort());
      expect(list.filter((o) => globals.has(o))).toEqual([]);
    }
  });
});

describe('remediation CLI parser', () => {
  it('splits on &&, ||, |, ; and newlines, but not inside quotes', () => {
    const cli =
      "aws logs put-metric-filter --filter-pattern '{ ($.a = 1) || ($.b = 2) && c; d }' && aws s3api x --y 1; aws iam z\n" +
      'aws ec2 w | jq . || echo "a && b"';
    expect(splitCommands(cli)).toEqual([
      ['aws', 'logs', 'put-metric-filter', '--filter-pattern', '{ ($.a = 1) || ($.b = 2) && c; d }'],
      ['aws', 's3api', 'x', '--y', '1'],
      ['aws', 'iam', 'z'],
      ['aws', 'ec2', 'w'],
      ['jq', '.'],
      ['echo', 'a && b'],
    ]);
  });

  it('keeps <placeholders> whole and drops # comments', () => {
    expect(splitCommands('aws ec2 r --protocol <tcp|udp> --x <two words>  # or aws iam nope --bad')).toEqual([
      ['aws', 'ec2', 'r', '--protocol', '<tcp|udp>', '--x', '<two words>'],
    ]);
  });

  it('extracts service, command and option names (without =value), skipping other programs', () => {
    expect(awsInvocations("aws iam update-access-key --user-name=<u> --status Inactive | jq '.x --not-an-option'")).toEqual([
      {
        service: 'iam',
        command: 'update-access-key',
        options: ['--user-name', '--status'],
        text: 'aws iam update-access-key --user-name=<u> --status Inactive',
      },
    ]);
    expect(() => awsInvocations('aws --region us-east-1 iam list-users')).toThrow(/aws <service> <command>/);
  });

  it('reports an unknown option and a command missing from the fixture', () => {
    const [badOption] = awsInvocations('aws kms enable-key-rotation --key-id <k> --rotation-period-in-days 90 --region eu-west-1 --enable');
    expect(problems(badOption as AwsInvocation)).toEqual([
      '"aws kms enable-key-rotation" has no option --enable (in: aws kms enable-key-rotation --key-id <k> --rotation-period-in-days 90 --region eu-west-1 --enable)',
    ]);
    const [unknownCommand] = awsInvocations('aws kms rotate-everything --key-id <k>');
    expect(problems(unknownCommand as AwsInvocation)).toEqual([
      expect.stringMatching(/"aws kms rotate-everything" is not in .*npx tsx scripts\/aws-cli-options\.ts/),
    ]);
  });

  it('reads the options from the overstruck SYNOPSIS of `aws ... help`, without the global ones', () => {
    const bold = (t: string) => [...t].map((c) => `${c}\b${c}`).join('');
    const help = [
      'NAME',
      '       update-trail -',
      '',
      bold('SYNOPSIS'),
      '            update-trail',
      '          --name <value>',
      '          [--is-multi-region-trail | --no-is-multi-region-trail]',
      '          [--region <value>]',
      '',
      bold('OPTIONS'),
      `       ${bold('--not-in-synopsis')} (string)`,
    ].join('\n');
    expect(synopsisOptions(help)).toEqual(['--is-multi-region-trail', '--name', '--no-is-multi-region-trail']);
  });
});
