/**
 * Benchmark: offline evaluation of a very large account. Generates an inventory of BENCH_RESOURCES
 * (default 1,000,000) resources from the demo account (examples/demo-inventory.json, an insecure
 * account whose resources pass the inventory schema): its regions are copied to BENCH_REGIONS
 * regions, then its resource lists (security groups, volumes, instances, snapshots, ENIs, buckets,
 * IAM users/roles/policies, Lambda, RDS, DynamoDB, SNS, SQS, KMS, ...) are filled with copies of
 * their resources under new identifiers, in the proportions of WEIGHTS. The file is written as
 * `bulwark collect` writes it (JSON, 2-space indent), streamed: never one string in memory.
 * Then the built CLI evaluates it in a child process under /usr/bin/time (wall, peak RSS):
 *   evaluate FILE --format json --output-dir DIR      and      evaluate FILE (console)
 * Run: npm run bench:eval   (options: BENCH_RESOURCES=1000000 BENCH_REGIONS=4 BENCH_ONLY=json|console|none
 *      BENCH_DIR=DIR to write into DIR and keep the files, BENCH_KEEP=1 to keep the temporary directory)
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonChunks } from '../src/json-chunks.js';
import { writeFileAtomicChunks } from '../src/fs.js';

const target = Number(process.env['BENCH_RESOURCES'] ?? 1_000_000);
const regionCount = Number(process.env['BENCH_REGIONS'] ?? 4);
const EXTRA_REGIONS = ['us-west-2', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1', 'ca-central-1'];

/** Relative share of the resources, by the name of the list that holds them. */
const WEIGHTS: Record<string, number> = {
  securityGroups: 10,
  volumes: 14,
  instances: 10,
  snapshots: 14,
  networkInterfaces: 8,
  subnets: 3,
  images: 1,
  keyPairs: 0.5,
  buckets: 6,
  users: 3,
  roles: 4,
  policies: 3,
  functions: 4,
  'rds.instances': 2,
  'rds.snapshots': 2,
  tables: 1.5,
  topics: 1.5,
  queues: 1.5,
  keys: 1,
  secrets: 1,
  alarms: 1,
  repositories: 1,
  loadBalancers: 1,
  targetGroups: 1,
  streams: 0.5,
  fileSystems: 0.5,
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The demo inventory with its regions copied to `regionCount` regions (every string renamed). */
function templateInventory(): Record<string, Json> {
  const text = readFileSync('examples/demo-inventory.json', 'utf8');
  const demo = JSON.parse(text) as { regions: { scanned: string[] } };
  const have = demo.regions.scanned;
  const add = EXTRA_REGIONS.filter((r) => !have.includes(r)).slice(0, Math.max(0, regionCount - have.length));
  const inv = JSON.parse(text) as Record<string, Json>;
  const copyRegions = (node: Json): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return void node.forEach(copyRegions);
    const keys = Object.keys(node);
    const source = keys.find((k) => have.includes(k));
    if (source) {
      add.forEach((region, i) => {
        const from = have[i % have.length] as string;
        const sub = node[from] ?? node[source];
        node[region] = JSON.parse(
          JSON.stringify(sub).replaceAll(`"${from}"`, `"${region}"`).replaceAll(`:${from}:`, `:${region}:`),
        ) as Json;
      });
    }
    for (const k of keys) copyRegions(node[k] as Json);
  };
  copyRegions(inv);
  (inv['regions'] as { scanned: string[] }).scanned = [...have, ...add];
  return inv;
}

interface ScaledList {
  templates: Record<string, Json>[];
  count: number;
}

/** The resource lists worth scaling: arrays of objects with an ARN, named by WEIGHTS. */
function planLists(inv: Record<string, Json>): Map<Json[], ScaledList> {
  const found: { list: Json[]; weight: number }[] = [];
  const walk = (node: Json, names: string[]): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      const name = names.filter((n) => n !== 'value' && !/^[a-z]{2}-[a-z]+-\d$/.test(n));
      const key = name.at(-1) ?? '';
      const weight = WEIGHTS[`${name[0]}.${key}`] ?? WEIGHTS[key];
      const resources = node.every((x) => x && typeof x === 'object' && !Array.isArray(x) && typeof x['arn'] === 'string');
      const derived = name[0] === 'ec2userdata' || name.includes('credentialReport');
      if (weight && node.length && resources && !derived) found.push({ list: node, weight });
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(v, [...names, k]);
  };
  walk(inv, []);
  const total = found.reduce((a, f) => a + f.weight, 0);
  const plan = new Map<Json[], ScaledList>();
  // Rounding leaves a few short of the target: the largest list takes them.
  found.sort((a, b) => b.weight - a.weight);
  for (const f of found) {
    plan.set(f.list, {
      templates: f.list as Record<string, Json>[],
      count: Math.max(f.list.length, Math.round((target * f.weight) / total)),
    });
  }
  const planned = [...plan.values()].reduce((a, p) => a + p.count, 0);
  const largest = plan.get(found[0]!.list)!;
  largest.count += Math.max(0, target - planned);
  // The credential report has a row per IAM user: it grows with the users, same names.
  const iam = inv['iam'] as { users?: { value?: Json[] }; credentialReport?: { value?: { users?: Json[] } } } | undefined;
  const users = iam?.users?.value && plan.get(iam.users.value);
  const rows = iam?.credentialReport?.value?.users;
  if (users && rows?.length)
    plan.set(rows, { templates: rows as Record<string, Json>[], count: Math.round((users.count * rows.length) / users.templates.length) });
  return plan;
}

/**
 * Copy `n` of a resource, as text: its ARN and the identifiers the ARN ends with (group id, bucket
 * name, user name, ...) get the suffix -bN everywhere in it (its own policy included), so copies are
 * distinct resources; references to other resources (VPC, subnet, key) stay shared, as in a real
 * account where thousands of instances share a few VPCs.
 */
function copyOf(template: Record<string, Json>, text: string, n: number): string {
  if (n === 0) return text;
  const arn = template['arn'] as string;
  let out = text.replaceAll(arn, `${arn}-b${n}`);
  for (const [k, v] of Object.entries(template)) {
    if (typeof v === 'string' && k !== 'region' && k !== 'arn' && v.length >= 3 && arn.endsWith(v))
      out = out.replaceAll(`"${v}"`, `"${v}-b${n}"`);
  }
  return out;
}

/** The inventory as chunks, the planned lists filled with copies; what jsonChunks does otherwise. */
function* inventoryChunks(node: Json, plan: Map<Json[], ScaledList>, depth: number): Generator<string> {
  const scaled = Array.isArray(node) ? plan.get(node) : undefined;
  if (scaled) {
    const pad = '\n' + '  '.repeat(depth + 1);
    const texts = scaled.templates.map((t) => JSON.stringify(t, null, 2).replaceAll('\n', pad));
    yield '[';
    for (let i = 0; i < scaled.count; i++) {
      const t = i % scaled.templates.length;
      yield (i ? ',' : '') + pad + copyOf(scaled.templates[t]!, texts[t]!, Math.floor(i / scaled.templates.length));
    }
    yield '\n' + '  '.repeat(depth) + ']';
    return;
  }
  if (!node || typeof node !== 'object' || (Array.isArray(node) && ![...plan.keys()].some((l) => contains(node, l)))) {
    yield* jsonChunks(node, depth);
    return;
  }
  if (!Array.isArray(node) && ![...plan.keys()].some((l) => contains(node, l))) {
    yield* jsonChunks(node, depth);
    return;
  }
  const pad = '\n' + '  '.repeat(depth + 1);
  const entries: [string | null, Json][] = Array.isArray(node) ? node.map((v) => [null, v]) : Object.entries(node);
  yield Array.isArray(node) ? '[' : '{';
  let i = 0;
  for (const [k, v] of entries) {
    yield (i++ ? ',' : '') + pad + (k === null ? '' : `${JSON.stringify(k)}: `);
    yield* inventoryChunks(v, plan, depth + 1);
  }
  yield (entries.length ? '\n' + '  '.repeat(depth) : '') + (Array.isArray(node) ? ']' : '}');
}

function contains(node: Json, list: Json[]): boolean {
  if (node === list) return true;
  if (!node || typeof node !== 'object') return false;
  return (Array.isArray(node) ? node : Object.values(node)).some((v) => contains(v, list));
}

/** Counts findings in a findings document file without loading it: one `"checkId"` per finding (checks carry `"id"`). */
async function countFindings(file: string): Promise<number> {
  let count = 0;
  let carry = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 22 })) {
    const text = carry + (chunk as string);
    count += text.split('"checkId": ').length - 1;
    carry = text.slice(-16);
    if (carry.includes('"checkId": ')) carry = '';
  }
  return count;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function timed(label: string, args: string[], dir: string): { wall: number; cpu: number; peakMb: number; code: number | null } {
  const timeFile = join(dir, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 24,
    encoding: 'utf8',
  });
  const [wall, user, sys, peakKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  if (r.status !== 0 && r.status !== 1) console.log(`${label}: exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return { wall: wall ?? NaN, cpu: (user ?? NaN) + (sys ?? NaN), peakMb: (peakKb ?? 0) / 1024, code: r.status };
}

// BENCH_DIR: a directory of your own to keep the files in (otherwise a temporary one, removed).
const dir = process.env['BENCH_DIR'] ?? mkdtempSync(join(tmpdir(), 'bulwark-bench-eval-'));
mkdirSync(dir, { recursive: true });
try {
  const inv = templateInventory();
  const plan = planLists(inv);
  const rows = (inv['iam'] as { credentialReport?: { value?: { users?: Json[] } } } | undefined)?.credentialReport?.value?.users;
  // Credential report rows describe the IAM users already counted.
  const resources = [...plan.entries()].filter(([l]) => l !== rows).reduce((a, [, s]) => a + s.count, 0);
  const file = join(dir, 'inventory.json');
  const t0 = performance.now();
  await writeFileAtomicChunks(file, inventoryChunks(inv, plan, 0));
  console.log(
    `generated ${resources.toLocaleString('en')} resources in ${(inv['regions'] as { scanned: string[] }).scanned.length} regions: ${mb(statSync(file).size)} in ${((performance.now() - t0) / 1000).toFixed(1)} s (${file})`,
  );
  const only = process.env['BENCH_ONLY'];
  if (only !== 'console' && only !== 'none') {
    const out = join(dir, 'out');
    const r = timed('json', ['dist/cli/main.js', 'evaluate', file, '--format', 'json', '--output-dir', out], dir);
    const report = join(out, 'bulwark-findings.json');
    const size = statSync(report, { throwIfNoEntry: false })?.size;
    const findings = size ? await countFindings(report) : 0;
    console.log(
      `evaluate --format json --output-dir: ${r.wall.toFixed(1)} s wall, ${r.cpu.toFixed(1)} s CPU, ${r.peakMb.toFixed(0)} MB peak RSS, exit ${r.code}; ${findings.toLocaleString('en')} findings, ${size ? mb(size) : 'no file'}`,
    );
  }
  if (only !== 'json' && only !== 'none') {
    const r = timed('console', ['dist/cli/main.js', 'evaluate', file], dir);
    console.log(
      `evaluate (console report): ${r.wall.toFixed(1)} s wall, ${r.cpu.toFixed(1)} s CPU, ${r.peakMb.toFixed(0)} MB peak RSS, exit ${r.code}`,
    );
  }
} finally {
  if (process.env['BENCH_DIR'] || process.env['BENCH_KEEP']) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
