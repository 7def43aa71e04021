import { UsageError } from '../errors.js';
import { allChecks } from '../checks/index.js';
import { checksRunnableOn, parseFramework, selectChecks, sectionsFor, type Selection } from '../evaluate/select.js';
import { frameworkSummaries, renderFrameworksList } from '../report/frameworks-list.js';
import { evaluateInventory, checkMetaDoc } from '../evaluate/run.js';
import { renderChecksList } from '../report/checks-list.js';
import { parseRegionOption } from '../collect/aws/regions-option.js';
import { loadInventory, saveInventory } from '../model/inventory-file.js';
import { parseFormats, prepareOutputDir, writeReports, type Format } from '../pipeline/outputs.js';
import { exportFindings, parseExport, type ExportTarget } from '../pipeline/export.js';
import { resolveHomeRegion } from '../collect/aws/session.js';
import { createProgress } from './progress.js';
import { sourceSecretsInput } from '../pipeline/source-secrets.js';
import { loadRateLimits } from './rate-limits.js';
import { withSourceSecrets } from '../evaluate/source-secrets.js';
import { parseDuration } from './duration.js';
import { tool } from './version.js';
import { dirname, join, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Inventory } from '../model/inventory.js';
import type { FindingsDocument } from '../evaluate/finding.js';
import { prepareHistory, recordHistory } from '../history/cli.js';
import type { Severity } from '../model/vocabulary.js';
import type { Mutelist } from '../mutelist/parse.js';
import type { ResourceTags } from '../mutelist/resource-tags.js';
import { gateExitCode } from './exit.js';
import { terminalSafe } from '../report/terminal-safe.js';

export interface CommonFlags {
  profile?: string;
  region?: string;
  service?: string;
  check?: string;
  format?: string;
  outputDir?: string;
  asOf?: string;
  concurrency?: string;
  framework?: string;
  export?: string;
  /** --history [DB]: record the scan (true: the default database). */
  history?: string | boolean;
  mutelist?: string;
  failOn?: Severity;
  verbose?: boolean;
  /** scan --secrets PATH (repeatable): also scan these source trees and match found keys against the account. */
  secrets?: string[];
  secretsGitHistory?: boolean;
  timeout?: string;
  /** --rate-limits FILE: overrides of the per-service/per-API pacing. */
  rateLimits?: string;
}

/**
 * A comma list flag. An empty value (`--check ""`, typically an unset shell variable) is a usage
 * error: silently widening it to every check or service would scan what was not asked for.
 */
function list(v: string | undefined, flag: string): string[] | undefined {
  if (v === undefined) return undefined;
  const items = [
    ...new Set(
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (!items.length) throw new UsageError(`${flag} needs at least one name, got ${JSON.stringify(v)}.`);
  return items;
}

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function parseAsOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const bad = () =>
    new UsageError(`--as-of ${JSON.stringify(value)} is not an ISO-8601 date or time (e.g. 2026-12-01 or 2026-12-01T12:00:00Z).`);
  const m = ISO_8601.exec(value);
  const d = new Date(value);
  if (!m || Number.isNaN(d.getTime())) throw bad();
  // Date() rolls an impossible day over (2026-02-30 becomes March 2): reject it instead.
  const [y, mo, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const cal = new Date(Date.UTC(y, mo - 1, day));
  if (cal.getUTCFullYear() !== y || cal.getUTCMonth() !== mo - 1 || cal.getUTCDate() !== day) throw bad();
  return d;
}

/** `collect --output FILE`: checked before any AWS call, so a scan is never lost to its destination. */
async function prepareOutputFile(file: string): Promise<void> {
  if (!file.trim()) throw new UsageError('--output needs a file name.');
  const st = await stat(file).catch(() => undefined);
  if (st?.isDirectory())
    throw new UsageError(`--output ${file} is a directory; give the inventory file name (e.g. ${join(file, 'inventory.json')}).`);
  await prepareOutputDir(dirname(resolve(file)));
}

function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 512)
    throw new UsageError(`--concurrency must be an integer from 1 to 512, got ${JSON.stringify(value)}.`);
  return n;
}

const selection = (o: CommonFlags): Selection => {
  const checks = list(o.check, '--check');
  const services = list(o.service, '--service');
  const framework = parseFramework(o.framework);
  return { ...(checks ? { checks } : {}), ...(services ? { services } : {}), ...(framework ? { framework } : {}) };
};
const frameworkOf = (o: CommonFlags) => {
  const framework = parseFramework(o.framework);
  return framework ? { framework } : {};
};
const select = (o: CommonFlags) => selectChecks(allChecks, selection(o));
const stdout = (text: string) => void process.stdout.write(text);
const useColor = () => Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];

/**
 * First Ctrl-C: stop sending AWS calls, finish with what was read (unread data becomes UNKNOWN),
 * report it, and exit 130. Second Ctrl-C: exit at once.
 */
function interruptible(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    process.exitCode = 130;
    process.stderr.write('\nbulwark: interrupted; finishing with the data read so far (Ctrl-C again to quit now)\n');
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSigint) };
}

async function collect(o: CommonFlags, sections: ReturnType<typeof sectionsFor>, accessKeyIds?: string[]): Promise<Inventory> {
  const rateLimits = await loadRateLimits(o.rateLimits);
  const { collectAccount } = await import('../pipeline/collect.js');
  const progress = createProgress(process.stderr);
  const interrupt = interruptible();
  let result: Awaited<ReturnType<typeof collectAccount>>;
  try {
    const concurrency = parseConcurrency(o.concurrency);
    const budgetMs = parseDuration(o.timeout, '--timeout');
    result = await collectAccount({
      ...(budgetMs ? { budgetMs } : {}),
      onWaiting: progress.onWaiting,
      ...(o.profile ? { profile: o.profile } : {}),
      regions: parseRegionOption(o.region),
      sections,
      tool: tool(),
      ...(concurrency ? { concurrency } : {}),
      progress: progress.onEvent,
      signal: interrupt.signal,
      ...(accessKeyIds?.length ? { accessKeyIds } : {}),
      ...(rateLimits ? { rateLimits } : {}),
    });
  } finally {
    interrupt.dispose();
    progress.finish();
  }
  // A crashed collector is a bug; its section is absent, so its checks report UNKNOWN, never PASS.
  if (result.crashes.length) {
    const list = result.crashes.map((c) => `${c.section}: ${c.message}`).join('; ');
    process.stderr.write(`bulwark: warning: a collector failed (a bug; its checks report UNKNOWN): ${list}\n`);
  }
  return result.inventory;
}

/** --mutelist: read and validated with the other flags, before any AWS call. */
async function prepareMutelist(o: CommonFlags): Promise<Mutelist | undefined> {
  if (o.mutelist === undefined) return undefined;
  // Loaded only when asked for: the YAML parser stays off the start-up path of every other run.
  const { loadMutelist } = await import('../mutelist/parse.js');
  const { unknownCheckWarnings } = await import('../mutelist/apply.js');
  const mutelist = await loadMutelist(o.mutelist);
  const known = allChecks.map((c) => c.id);
  for (const w of unknownCheckWarnings(mutelist, known)) process.stderr.write(`bulwark: ${terminalSafe(w)}\n`);
  return mutelist;
}

/**
 * The mutelist with the resources' tags its rules may match on, indexed before evaluation: the
 * evaluation releases the inventory's sections as it goes.
 */
async function mutelistWithTags(mutelist: Mutelist | undefined, inventory: Inventory) {
  if (!mutelist) return undefined;
  const { resourceTagsIndex } = await import('../mutelist/resource-tags.js');
  return { list: mutelist, tagsOf: resourceTagsIndex(inventory) };
}

/**
 * Mutelist, reports, then the exit code: the reports are always written before --fail-on decides
 * it, and an interrupted run keeps 130.
 */
async function finish(
  doc: FindingsDocument,
  mutelist: { list: Mutelist; tagsOf: ResourceTags } | undefined,
  o: CommonFlags,
  d: {
    formats: Format[];
    outputDir: string | undefined;
    history: Awaited<ReturnType<typeof prepareHistory>>;
    exportTarget: ExportTarget | undefined;
  },
): Promise<void> {
  let out = doc;
  if (mutelist) {
    const { applyMutelist, expiryWarnings } = await import('../mutelist/apply.js');
    out = applyMutelist(doc, mutelist.list, { now: new Date(doc.asOf), tagsOf: mutelist.tagsOf });
    for (const line of expiryWarnings(out.mutelist!)) process.stderr.write(`bulwark: ${terminalSafe(line)}\n`);
  }
  if (d.history) out = await recordHistory(d.history, out);
  const homeRegion = d.exportTarget ? await resolveHomeRegion(o.profile) : undefined;
  await writeReports(out, {
    formats: d.formats,
    outputDir: d.outputDir,
    color: useColor(),
    stdout,
    verbose: Boolean(o.verbose),
    ...frameworkOf(o),
    ...(homeRegion ? { homeRegion } : {}),
  });
  const code = gateExitCode(out, o.failOn);
  if (code && process.exitCode !== 130) process.exitCode = code;
  // A failed import throws (exit 3) after every report is on disk.
  if (d.exportTarget && homeRegion) await runExport(out, d.exportTarget, homeRegion, o);
}

export async function runScan(o: CommonFlags): Promise<void> {
  // Validate everything the user typed before the first AWS call.
  const checks = select(o);
  const formats = parseFormats(o.format, o.outputDir);
  const exportTarget = parseExport(o.export);
  const asOf = parseAsOf(o.asOf);
  parseRegionOption(o.region);
  parseConcurrency(o.concurrency);
  parseDuration(o.timeout, '--timeout');
  await loadRateLimits(o.rateLimits);
  const mutelist = await prepareMutelist(o);
  const outputDir = await prepareOutputDir(o.outputDir);
  const history = await prepareHistory(o.history);
  const secrets = o.secrets?.length ? await sourceSecretsInput(o.secrets, { gitHistory: !!o.secretsGitHistory }) : undefined;
  // Matching leaked key IDs needs IAM (each key looked up, and root's key count), whatever checks were selected.
  const sections = secrets ? [...new Set([...sectionsFor(checks), 'iam' as const])].sort() : sectionsFor(checks);
  const inventory = await collect(
    o,
    sections,
    secrets?.accessKeys.map((k) => k.accessKeyId),
  );
  // The inventory is saved first: whatever happens while reporting, the collected data survives.
  if (outputDir) await saveInventory(join(outputDir, 'bulwark-inventory.json'), inventory);
  const muting = await mutelistWithTags(mutelist, inventory);
  // Matching leaked keys reads the inventory after evaluation: then it keeps its sections.
  const evaluated = evaluateInventory(inventory, checks, { now: asOf ?? new Date(), tool: tool(), releaseSections: !secrets });
  const doc = secrets ? withSourceSecrets(evaluated, inventory, secrets) : evaluated;
  await finish(doc, muting, o, { formats, outputDir, history, exportTarget });
}

/** --export: after the reports, into the home region the ASFF file names. */
async function runExport(doc: Parameters<typeof exportFindings>[0], target: ExportTarget, homeRegion: string, o: CommonFlags) {
  await exportFindings(doc, target, {
    homeRegion,
    ...(o.profile ? { profile: o.profile } : {}),
    stderr: (t) => void process.stderr.write(t),
  });
}

export async function runCollect(o: CommonFlags & { output: string }): Promise<void> {
  const checks = select(o);
  parseRegionOption(o.region);
  parseConcurrency(o.concurrency);
  parseDuration(o.timeout, '--timeout');
  await loadRateLimits(o.rateLimits);
  await prepareOutputFile(o.output);
  const inventory = await collect(o, sectionsFor(checks));
  await saveInventory(o.output, inventory);
  process.stderr.write(
    `Inventory of account ${inventory.account.id} (${inventory.regions.scanned.length} regions) written to ${o.output}\n`,
  );
}

export async function runEvaluate(file: string, o: CommonFlags): Promise<void> {
  const asked = selection(o);
  const selected = selectChecks(allChecks, asked);
  const formats = parseFormats(o.format, o.outputDir);
  const exportTarget = parseExport(o.export);
  const asOf = parseAsOf(o.asOf);
  const mutelist = await prepareMutelist(o);
  const outputDir = await prepareOutputDir(o.outputDir);
  const history = await prepareHistory(o.history);
  const inventory = await loadInventory(file);
  const { checks, partial } = checksRunnableOn(inventory, selected, asked);
  if (partial) {
    process.stderr.write(
      `Evaluating the ${checks.length} checks whose data ${file} holds (sections: ${partial.heldSections.join(', ') || 'none'}); ${partial.skipped} others skipped.\n`,
    );
  }
  // A snapshot is judged as of when it was taken, unless the user asks otherwise.
  const muting = await mutelistWithTags(mutelist, inventory);
  const doc = evaluateInventory(inventory, checks, { now: asOf ?? new Date(inventory.finishedAt), tool: tool(), releaseSections: true });
  await finish(doc, muting, o, { formats, outputDir, history, exportTarget });
}

export function runFrameworks(o: { format: 'console' | 'json' }): void {
  const list = frameworkSummaries(allChecks);
  stdout(
    o.format === 'json' ? `${JSON.stringify({ schemaVersion: 1, tool: tool(), frameworks: list }, null, 2)}\n` : renderFrameworksList(list),
  );
}

export function runChecks(o: { format: 'console' | 'json' }): void {
  const docs = allChecks.map(checkMetaDoc);
  if (o.format === 'json') {
    stdout(`${JSON.stringify({ schemaVersion: 1, tool: tool(), checks: docs }, null, 2)}\n`);
    return;
  }
  stdout(renderChecksList(docs));
}
