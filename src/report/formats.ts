import type { FindingsDocument } from '../evaluate/finding.js';
import { renderConsole } from './console.js';
import { renderJson } from './json.js';

/** What a renderer may be told besides the document. */
export interface RenderOptions {
  /** ANSI colours (console only; true only on a TTY without NO_COLOR). */
  color: boolean;
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
}

export const REPORT_FORMATS: readonly ReportFormat[] = [
  {
    id: 'console',
    fileName: 'bulwark-report.txt',
    description: 'human summary on stdout',
    stdoutOnly: true,
    render: (doc, o) => renderConsole(doc, { color: o.color, verbose: Boolean(o.verbose) }),
  },
  { id: 'json', fileName: 'bulwark-findings.json', description: "Bulwark's findings document", render: (doc) => renderJson(doc) },
];

export const formatIds = (): string[] => REPORT_FORMATS.map((f) => f.id);
export const findFormat = (id: string): ReportFormat | undefined => REPORT_FORMATS.find((f) => f.id === id);
