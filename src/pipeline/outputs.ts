import { mkdir, access, constants } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fs.js';
import type { FindingsDocument } from '../evaluate/finding.js';
import { renderJson } from '../report/json.js';
import { renderConsole } from '../report/console.js';

export const FORMATS = ['console', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** File name per format inside --output-dir. */
const FILE_NAMES: Record<Exclude<Format, 'console'>, string> = { json: 'bulwark-findings.json' };

export function parseFormats(value: string | undefined, outputDir: string | undefined): Format[] {
  const list = [
    ...new Set(
      (value ?? 'console')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
    ),
  ];
  const bad = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length)
    throw new UsageError(`Unknown format ${bad.map((b) => JSON.stringify(b)).join(', ')}. Known formats: ${FORMATS.join(', ')}.`);
  if (!list.length) throw new UsageError('--format needs at least one format.');
  if (!outputDir && list.includes('json') && list.includes('console')) {
    throw new UsageError(
      '--format console,json would mix the JSON document with the console report on stdout: add --output-dir DIR for the JSON file.',
    );
  }
  return list as Format[];
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
}

/** Renders each format: console to stdout, files into --output-dir (atomic), JSON to stdout without one. */
export async function writeReports(doc: FindingsDocument, options: WriteOptions): Promise<string[]> {
  const written: string[] = [];
  for (const format of options.formats) {
    if (format === 'console') {
      options.stdout(renderConsole(doc, { color: options.color, maxFailures: 200 }));
      continue;
    }
    const text = renderJson(doc);
    if (!options.outputDir) {
      options.stdout(text);
      continue;
    }
    const path = join(options.outputDir, FILE_NAMES[format]);
    await writeFileAtomic(path, text);
    written.push(path);
  }
  return written;
}
