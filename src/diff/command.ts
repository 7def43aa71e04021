import { loadFindingsDocument } from './load.js';
import { diffDocuments, severitiesAtLeast } from './classify.js';
import { renderDiffConsole, renderDiffJson, renderDiffMarkdown } from './render.js';
import type { Severity } from '../model/vocabulary.js';
import { terminalSafe } from '../report/terminal-safe.js';

import { DIFF_FORMATS } from './formats.js';
export { DIFF_FORMATS };

export interface DiffFlags {
  format: (typeof DIFF_FORMATS)[number];
  failOnNew?: Severity;
}

/** `bulwark diff OLD NEW`: exit 0, or 1 with --fail-on-new when a new failure at or above it exists. */
export async function runDiff(oldPath: string, newPath: string, o: DiffFlags, io: { stdout: (s: string) => void; color: boolean }) {
  const [older, newer] = [await loadFindingsDocument(oldPath), await loadFindingsDocument(newPath)];
  const result = diffDocuments(older, newer);
  // Warnings go to stderr too, so they are seen when stdout is piped into a file or a comment.
  if (o.format !== 'console') for (const w of result.warnings) process.stderr.write(`bulwark: warning: ${terminalSafe(w)}\n`);
  io.stdout(
    o.format === 'json'
      ? renderDiffJson(result)
      : o.format === 'markdown'
        ? renderDiffMarkdown(result)
        : renderDiffConsole(result, { color: io.color }),
  );
  if (o.failOnNew) {
    const gate = new Set(severitiesAtLeast(o.failOnNew));
    const failing = result.newFailures.filter((e) => gate.has(e.severity)).length;
    if (failing) {
      process.stderr.write(`bulwark: ${failing} new failure${failing === 1 ? '' : 's'} of severity ${o.failOnNew} or above.\n`);
      process.exitCode = 1;
    }
  }
}
