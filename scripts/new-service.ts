/**
 * Stamps a new AWS service into every layer, so that the result typechecks, lints and passes the
 * tests at once, and is safe before anyone writes a real read: the stamped collector records every
 * region as "not read", so the service's checks can only say UNKNOWN, never PASS.
 *
 *   npx tsx scripts/new-service.ts NAME [--iam-prefix PREFIX] [--list-action Action] [--dry-run]
 *
 * NAME is the inventory section and check folder (lower case, e.g. `rds`); PREFIX the IAM action
 * prefix of its API (default NAME, e.g. `elasticloadbalancing` for `elbv2`); Action the first list
 * call the collector will make (default `Describe<Name>s`). It creates the model, collector, check
 * index, test builder, seeder and collector test, registers them in the five typed places
 * (model/inventory.ts, collect/registry.ts, collect/aws/services.ts, checks/index.ts,
 * tests/builders/index.ts), adds the list action to the shipped read-only policy and regenerates the
 * inventory JSON Schema. What is left by hand is listed at the end (docs/contributing.md has the recipe).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Names {
  /** Section key, folder and file name: `rds`. */
  key: string;
  /** PascalCase for types and functions: `Rds`. */
  pascal: string;
  /** IAM action prefix: `rds`. */
  prefix: string;
  /** The list call the collector will make: `DescribeRdss` until renamed. */
  listAction: string;
}

function fail(message: string): never {
  console.error(`new-service: ${message}`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value`);
  return value;
}

function parseArgs(args: string[]): { names: Names; dryRun: boolean } {
  const key = args.find((a, i) => !a.startsWith('--') && !['--iam-prefix', '--list-action'].includes(args[i - 1] ?? ''));
  if (!key) fail('usage: new-service NAME [--iam-prefix PREFIX] [--list-action Action] [--dry-run]');
  if (!/^[a-z][a-z0-9]*$/.test(key)) fail(`NAME must be lower-case letters and digits (the product name): got "${key}"`);
  const prefix = option(args, '--iam-prefix') ?? key;
  if (!/^[a-z][a-z0-9-]*$/.test(prefix))
    fail(`--iam-prefix must look like an IAM action prefix (e.g. elasticloadbalancing): got "${prefix}"`);
  const pascal = key.charAt(0).toUpperCase() + key.slice(1);
  const listAction = option(args, '--list-action') ?? `Describe${pascal}s`;
  if (!/^(List|Describe|Get)[A-Za-z0-9]+$/.test(listAction))
    fail(`--list-action must be a read-only List/Describe/Get action: got "${listAction}"`);
  return { names: { key, pascal, prefix, listAction }, dryRun: args.includes('--dry-run') };
}

// ------------------------------------------------------------------------------------ templates

const model = (n: Names) => `import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One ${n.key} resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const ${n.pascal}Resource = z.object({
  arn: z.string(),
  region: z.string(),
  /** ${n.listAction}: the resource's name or id */
  name: z.string(),
});
export type ${n.pascal}Resource = z.infer<typeof ${n.pascal}Resource>;

/** What the ${n.key} collector records. */
export const ${n.pascal}Section = z.object({
  /** ${n.listAction} per scanned region */
  resources: regionalSchema(observedSchema(z.array(${n.pascal}Resource))),
});
export type ${n.pascal}Section = z.infer<typeof ${n.pascal}Section>;
`;

const collector = (n: Names) => `import type { ${n.pascal}Section } from '../model/${n.key}.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';

/**
 * Scaffold: no AWS read is written yet, so every region is recorded as not read and the checks of
 * this section report UNKNOWN, never PASS. Replace the body with a readList over the service's
 * paginator (collect/guardduty.ts is a short example; collect/ec2.ts shows allKeyed for many lists),
 * add the SDK client (npm install -E @aws-sdk/client-...), and test it against moto.
 */
export async function collect${n.pascal}(ctx: CollectContext): Promise<${n.pascal}Section> {
  const resources = await forEachRegion(ctx, '${n.key}', (region) =>
    Promise.resolve(
      ctx.reader.fail(
      '${n.prefix}:${n.listAction}',
      { target: \`\${arnPrefix(ctx, '${n.prefix}', region)}:*\`, region },
      'not read: the ${n.key} collector is a scaffold',
      'not-supported',
      ),
    ),
  );
  return { resources };
}

export const ${n.key}Collector: Collector<'${n.key}'> = {
  section: '${n.key}',
  collect: collect${n.pascal},
};
`;

const checkIndex = (n: Names) => `import type { AnyCheck } from '../types.js';

/** Every ${n.key} check, imported explicitly (no filesystem discovery). */
export const ${n.key}Checks: AnyCheck[] = [];
`;

const builder = (n: Names) => `import type { ${n.pascal}Resource, ${n.pascal}Section } from '../../src/model/${n.key}.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant ${n.key} resource; a test overrides only what makes its case fail. */
export function ${n.key}Resource(name: string, region: string, overrides: Partial<${n.pascal}Resource> = {}): ${n.pascal}Resource {
  return { arn: arn('${n.prefix}', region, name), region, name, ...overrides };
}

export function ${n.key}Section(resources: ${n.pascal}Resource[]): ${n.pascal}Section {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliant${n.pascal}Section(): ${n.pascal}Section {
  return ${n.key}Section(REGIONS.map((r) => ${n.key}Resource(\`${n.key}-\${r}\`, r)));
}
`;

const seeder = (n: Names) => `/** Demo ${n.key}: resources created in moto for the demo account and the end-to-end scan. */
import type { ExpectedFinding } from './expected.js';

/**
 * Create the resources the ${n.key} checks should judge (one compliant, one not, per check), and
 * return the findings the scan must then report. Nothing is seeded yet.
 */
export async function seed${n.pascal}(_moto: { endpoint: string }, _regions: string[]): Promise<ExpectedFinding[]> {
  return [];
}
`;

const collectorTest = (n: Names) => `import { describe, expect, it } from 'vitest';
import { collect${n.pascal} } from '../../src/collect/${n.key}.js';
import { mockedContext } from '../collect-context.js';

// Scaffold test: it pins the safe default (nothing read means every region is a failed read).
// Replace it with tests against moto (tests/collect/guardduty.test.ts is a template): what each
// region holds, an empty region, and AccessDenied on every read.
describe('collect${n.pascal}', () => {
  it('records every region as not read until the collector is written', async () => {
    const ctx = mockedContext(['eu-west-1', 'us-east-1']);
    try {
      const { resources } = await collect${n.pascal}(ctx);
      for (const region of ['eu-west-1', 'us-east-1']) {
        expect(resources[region]).toMatchObject({ ok: false, error: { action: '${n.prefix}:${n.listAction}', region, kind: 'not-supported' } });
      }
    } finally {
      ctx.close();
    }
  });
});
`;

// ------------------------------------------------------------------------------------ edits

/** Inserts `line` after the last line matching `after` (an import block, an entry list). */
function insertAfterLast(text: string, after: RegExp, line: string, file: string): string {
  const lines = text.split('\n');
  let at = -1;
  lines.forEach((l, i) => {
    if (after.test(l)) at = i;
  });
  if (at < 0) fail(`${file}: cannot find where to register (no line matches ${after})`);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
}

/** Inserts `line` before the first line matching `close` that follows the line matching `open`. */
function insertBeforeClose(text: string, open: RegExp, close: RegExp, line: string, file: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => open.test(l));
  const end = start < 0 ? -1 : lines.findIndex((l, i) => i > start && close.test(l));
  if (end < 0) fail(`${file}: cannot find the list to register in (${open} ... ${close})`);
  lines.splice(end, 0, line);
  return lines.join('\n');
}

type Edit = (text: string, file: string) => string;

function edits(n: Names): Record<string, Edit> {
  return {
    'src/model/inventory.ts': (t, f) =>
      insertBeforeClose(
        insertAfterLast(t, /^import \{ \w+Section \} from '\.\/\w+\.js';$/, `import { ${n.pascal}Section } from './${n.key}.js';`, f),
        /^export const sections = \{$/,
        /^\} as const;$/,
        `  ${n.key}: ${n.pascal}Section,`,
        f,
      ),
    'src/collect/registry.ts': (t, f) => {
      const orders = [...t.matchAll(/order: (\d+)/g)].map((m) => Number(m[1]));
      const order = Math.max(-1, ...orders) + 1;
      return insertBeforeClose(
        t,
        /^export const COLLECTORS: /,
        /^\};$/,
        `  ${n.key}: { order: ${order}, load: async () => (await import('./${n.key}.js')).${n.key}Collector },`,
        f,
      );
    },
    'src/collect/aws/services.ts': (t, f) =>
      new RegExp(`^\\s+'?${n.prefix}'?: `, 'm').test(t)
        ? t
        : insertBeforeClose(
            t,
            /^export const AWS_SERVICES = \{$/,
            /^\} satisfies /,
            `  ${/^[a-z][a-z0-9]*$/.test(n.prefix) ? n.prefix : `'${n.prefix}'`}: regional(),`,
            f,
          ),
    'src/checks/index.ts': (t, f) =>
      insertBeforeClose(
        insertAfterLast(
          t,
          /^import \{ \w+Checks \} from '\.\/\w+\/index\.js';$/,
          `import { ${n.key}Checks } from './${n.key}/index.js';`,
          f,
        ),
        /^export const allChecks: /,
        /^ {2}\.\.\.manualChecks,$/,
        `  ...${n.key}Checks,`,
        f,
      ),
    'tests/builders/index.ts': (t, f) =>
      insertBeforeClose(
        insertAfterLast(
          t,
          /^import \{ compliant\w+Section \} from '\.\/\w+\.js';$/,
          `import { compliant${n.pascal}Section } from './${n.key}.js';`,
          f,
        ),
        /^export function compliantSections\(\)/,
        /^ {2}\};$/,
        `    ${n.key}: compliant${n.pascal}Section(),`,
        f,
      ),
    'examples/bulwark-readonly-policy.json': (t) => {
      const policy = JSON.parse(t) as { Statement: { Action: string[] }[] };
      const statement = policy.Statement[0];
      if (!statement) fail('examples/bulwark-readonly-policy.json has no statement');
      statement.Action = [...new Set([...statement.Action, `${n.prefix}:${n.listAction}`])].sort();
      return `${JSON.stringify(policy, null, 2)}\n`;
    },
  };
}

function main(): void {
  const { names: n, dryRun } = parseArgs(process.argv.slice(2));
  const created: Record<string, string> = {
    [`src/model/${n.key}.ts`]: model(n),
    [`src/collect/${n.key}.ts`]: collector(n),
    [`src/checks/${n.key}/index.ts`]: checkIndex(n),
    [`tests/builders/${n.key}.ts`]: builder(n),
    [`tests/seed/${n.key}.ts`]: seeder(n),
    [`tests/collect/${n.key}.test.ts`]: collectorTest(n),
  };
  const inventory = readFileSync(join(ROOT, 'src/model/inventory.ts'), 'utf8');
  if (new RegExp(`^  ${n.key}: `, 'm').test(inventory)) fail(`the inventory already has a section "${n.key}"`);
  for (const file of Object.keys(created)) if (existsSync(join(ROOT, file))) fail(`${file} already exists`);

  // Compute every edit before writing anything, so a failed anchor leaves the tree untouched.
  const edited = Object.entries(edits(n)).map(([file, edit]) => {
    const path = join(ROOT, file);
    const before = readFileSync(path, 'utf8');
    return { file, path, before, after: edit(before, file) };
  });
  if (dryRun) {
    for (const file of Object.keys(created)) console.log(`would create ${file}`);
    for (const e of edited) if (e.after !== e.before) console.log(`would edit   ${e.file}`);
    return;
  }
  for (const [file, text] of Object.entries(created)) {
    mkdirSync(dirname(join(ROOT, file)), { recursive: true });
    writeFileSync(join(ROOT, file), text);
    console.log(`created ${file}`);
  }
  for (const e of edited) {
    if (e.after === e.before) continue;
    writeFileSync(e.path, e.after);
    console.log(`edited  ${e.file}`);
  }
  // Generated files follow the model: the inventory JSON Schema, then the formatter's layout.
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  execFileSync(tsx, [join(ROOT, 'scripts', 'gen-schemas.ts')], { cwd: ROOT, stdio: 'inherit' });
  const touched = [...Object.keys(created), ...edited.filter((e) => e.after !== e.before).map((e) => e.file)];
  execFileSync(join(ROOT, 'node_modules', '.bin', 'prettier'), ['--write', '--log-level', 'warn', ...touched], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  console.log(`regenerated docs/inventory.schema.json

Next, by hand (docs/contributing.md, "Add a service"):
  1. npm install -E @aws-sdk/client-<name>, then write the reads in ${relative(ROOT, join(ROOT, 'src/collect', `${n.key}.ts`))} and the model fields checks need
  2. pace the service in src/collect/aws/services.ts if AWS documents its limits (it got the default)
  3. write checks under src/checks/${n.key}/, each with its test, and list them in its index.ts
  4. seed moto in tests/seed/${n.key}.ts, then npm run demo:regenerate and npm run schemas`);
}

main();
