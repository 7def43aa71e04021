import type { FindingsDocument } from '../evaluate/finding.js';
import { renderConsoleChunks } from './console.js';
import { renderJson, renderJsonChunks } from './json.js';
import { renderComplianceConsole } from './compliance-console.js';
import type { FrameworkId } from '../model/vocabulary.js';
import { renderHtmlChunks } from './html/render.js';
import { renderOcsfChunks } from './ocsf.js';
import { renderAsffChunks } from './asff.js';
import { renderSarifChunks } from './sarif.js';
import { renderCsvChunks } from './csv.js';
import { renderJunitChunks } from './junit.js';
import { renderMarkdown } from './markdown.js';

/** What a renderer may be told besides the document. */
export interface RenderOptions {
  /** ANSI colours (console only; true only on a TTY without NO_COLOR). */
  color: boolean;
  /** `--framework`: the framework whose compliance view a human report ends with. */
  framework?: FrameworkId;
  /** Region for 'global' findings and the Security Hub ProductArn (ocsf, asff); see homeRegionOf. */
  homeRegion?: string;
  /** Console: every finding instead of the top resources of each check (`--verbose`). */
  verbose?: boolean;
}

/**
 * One report format: the one place a new format is registered. `render` is pure (document in,
 * text out) so every format gets a golden test on a fixed document.
 */
export interface ReportFormat {
  id: string;
  /** File written inside --output-dir. */
  fileName: string;
  /** One line for --help and docs. */
  description: string;
  /** Console output is for people: it always goes to stdout, even with --output-dir. */
  stdoutOnly?: boolean;
  render(doc: FindingsDocument, options: RenderOptions): string;
  /** The same text as render, in pieces, for formats whose output can pass the string limit (millions of findings). */
  renderChunks?(doc: FindingsDocument, options: RenderOptions): Iterable<string>;
}

/** A format written in chunks: its one-string render is the chunks joined, the same bytes by construction. */
function chunked(
  format: Omit<ReportFormat, 'render' | 'renderChunks'>,
  renderChunks: (doc: FindingsDocument, options: RenderOptions) => Iterable<string>,
): ReportFormat {
  return { ...format, render: (doc, o) => [...renderChunks(doc, o)].join(''), renderChunks };
}

const home = (o: RenderOptions) => (o.homeRegion ? { homeRegion: o.homeRegion } : {});

export const REPORT_FORMATS: readonly ReportFormat[] = [
  chunked({ id: 'console', fileName: 'bulwark-report.txt', description: 'human summary on stdout', stdoutOnly: true }, function* (doc, o) {
    yield* renderConsoleChunks(doc, { color: o.color, verbose: Boolean(o.verbose) });
    if (o.framework) yield renderComplianceConsole(doc, o.framework, o.color);
  }),
  {
    id: 'json',
    fileName: 'bulwark-findings.json',
    description: "Bulwark's findings document",
    // JSON.stringify itself: the reference the chunks are tested against.
    render: (doc) => renderJson(doc),
    renderChunks: (doc) => renderJsonChunks(doc),
  },
  chunked(
    { id: 'html', fileName: 'bulwark-report.html', description: 'self-contained HTML report (summary, compliance, findings table)' },
    (doc) => renderHtmlChunks(doc),
  ),
  chunked({ id: 'ocsf', fileName: 'bulwark-findings.ocsf.json', description: 'OCSF 1.3.0 Detection Findings (JSON array)' }, (doc, o) =>
    renderOcsfChunks(doc, home(o)),
  ),
  chunked(
    {
      id: 'asff',
      fileName: 'bulwark-findings.asff.json',
      description: 'AWS Security Finding Format, batches of 100 for BatchImportFindings',
    },
    (doc, o) => renderAsffChunks(doc, home(o)),
  ),
  chunked({ id: 'sarif', fileName: 'bulwark-findings.sarif', description: 'SARIF 2.1.0, one result per FAIL' }, (doc) =>
    renderSarifChunks(doc),
  ),
  chunked({ id: 'csv', fileName: 'bulwark-findings.csv', description: 'CSV (RFC 4180), one row per finding' }, (doc) =>
    renderCsvChunks(doc),
  ),
  chunked({ id: 'junit', fileName: 'bulwark-findings.junit.xml', description: 'JUnit XML, a test suite per check' }, (doc) =>
    renderJunitChunks(doc),
  ),
  {
    id: 'markdown',
    fileName: 'bulwark-summary.md',
    description: 'markdown summary for a pull-request comment or CI job summary',
    // Capped under GitHub's comment limit: one string at any size.
    render: (doc) => renderMarkdown(doc),
  },
];

export const formatIds = (): string[] => REPORT_FORMATS.map((f) => f.id);
export const findFormat = (id: string): ReportFormat | undefined => REPORT_FORMATS.find((f) => f.id === id);
