import { mkdir, access, constants } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic, writeFileAtomicChunks } from '../fs.js';
import type { FindingsDocument } from '../evaluate/finding.js';
import type { FrameworkId } from '../model/vocabulary.js';
import { findFormat, formatIds, type ReportFormat } from '../report/formats.js';

export type Format = ReportFormat;

export function parseFormats(value: string | undefined, outputDir: string | undefined): Format[] {
  const list = [
    ...new Set(
      (value ?? 'console')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
    ),
  ];
  const bad = list.filter((f) => !findFormat(f));
  if (bad.length)
    throw new UsageError(`Unknown format ${bad.map((b) => JSON.stringify(b)).join(', ')}. Known formats: ${formatIds().join(', ')}.`);
  if (!list.length) throw new UsageError('--format needs at least one format.');
  const formats = list.map((f) => findFormat(f) as ReportFormat);
  // Without a directory every format goes to stdout, where two documents would run into one another.
  const toStdout = formats.filter((f) => !f.stdoutOnly);
  if (!outputDir && (toStdout.length > 1 || (toStdout.length === 1 && formats.length > 1))) {
    throw new UsageError(
      `--format ${list.join(',')} would mix several reports on stdout: add --output-dir DIR to write ${toStdout.map((f) => f.fileName).join(', ')}.`,
    );
  }
  return formats;
}

/** Checks before any AWS call that the output directory can be written, so a scan is never lost to it. */
export async function prepareOutputDir(dir: string | undefined): Promise<string | undefined> {
  if (dir === undefined) return undefined;
  if (dir.trim() === '') throw new UsageError('--output-dir needs a directory name.');
  const abs = resolve(dir);
  try {
    await mkdir(abs, { recursive: true });
    await access(abs, constants.W_OK);
  } catch (e) {
    throw new UsageError(`Cannot write to output directory ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  return abs;
}

export interface WriteOptions {
  formats: readonly Format[];
  outputDir: string | undefined;
  color: boolean;
  stdout: (text: string) => void;
  /** `--framework`: the console report ends with that framework's compliance summary. */
  framework?: FrameworkId;
  /** Region for 'global' findings and the ASFF ProductArn (set when exporting to Security Hub). */
  homeRegion?: string;
  /** Console: list everything instead of a summary. */
  verbose?: boolean;
}

/** Joins small chunks into pieces of about 1 MiB for stdout. */
function* batches(chunks: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const c of chunks) {
    pending.push(c);
    size += c.length;
    if (size >= 1 << 20) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  if (pending.length) yield pending.join('');
}

/** Renders each format: console to stdout, the others into --output-dir (atomic), or to stdout without one. */
export async function writeReports(doc: FindingsDocument, options: WriteOptions): Promise<string[]> {
  const written: string[] = [];
  for (const format of options.formats) {
    const renderOptions = {
      color: format.stdoutOnly ? options.color : false,
      verbose: Boolean(options.verbose),
      ...(options.framework ? { framework: options.framework } : {}),
      ...(options.homeRegion ? { homeRegion: options.homeRegion } : {}),
    };
    if (format.renderChunks) {
      // Streamed: never the whole report as one string (a million-resource scan passes the string limit).
      const chunks = format.renderChunks(doc, renderOptions);
      if (format.stdoutOnly || !options.outputDir) {
        for (const piece of batches(chunks)) options.stdout(piece);
        continue;
      }
      const path = join(options.outputDir, format.fileName);
      await writeFileAtomicChunks(path, chunks);
      written.push(path);
      continue;
    }
    const text = format.render(doc, renderOptions);
    if (format.stdoutOnly || !options.outputDir) {
      options.stdout(text);
      continue;
    }
    const path = join(options.outputDir, format.fileName);
    await writeFileAtomic(path, text);
    written.push(path);
  }
  return written;
}
