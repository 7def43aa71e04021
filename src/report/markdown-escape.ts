/**
 * Escaping for GitHub-flavoured markdown. Account data (resource names, tags, reasons) may be
 * hostile: in a pull-request comment or a CI job summary it must not close a table cell, open a
 * link or an image, emit raw HTML, or rewrite the page with bidi overrides. Every account-derived
 * string a markdown report prints goes through `mdText` or `mdCode`.
 */

// Control characters and bidi overrides: shown as \uXXXX, never passed through.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The characters that start markdown syntax inside a line (emphasis, links, images, inline HTML,
// entities, code, tables, strikethrough, math); `(` and `!` need no escape once `[` is escaped.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>|~&$]/g;

const visibleControls = (text: string) => text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const oneLine = (text: string) => text.replace(/\r\n|\r|\n/g, ' ');

/** Long values are cut so one hostile string cannot fill the comment; the cut is marked. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Plain text for a paragraph or a table cell: one line, every markdown character escaped. Bare
 * URLs are kept from becoming links (GFM autolinks `scheme://` and `www.`; an escaped `:` or `.`
 * breaks the match), and an `@` gets a zero-width space after it so account data can neither
 * @-mention people or teams in a comment nor form an e-mail link.
 */
export function mdText(text: string, max = 300): string {
  return visibleControls(oneLine(truncate(text, max)))
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '@\u200b');
}

/**
 * An inline code span (for ARNs and ids): the fence is one backtick longer than the longest run
 * inside, as CommonMark requires, and padded when the content starts or ends with a backtick.
 * Inside a table GitHub splits cells before parsing code, so `|` is escaped as `\|` even there.
 */
export function mdCode(text: string, options: { inTable?: boolean; max?: number } = {}): string {
  const inTable = options.inTable !== false;
  let body = visibleControls(oneLine(truncate(text, options.max ?? 300)));
  // GitHub's table splitter reads `\\` as one escaped character, so `\\|` would end the cell:
  // a value with a backslash is escaped as text instead.
  if (body.trim() === '' || (inTable && body.includes('\\'))) return mdText(text, options.max ?? 300);
  if (inTable) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** One table row from already-escaped cells. */
export const mdRow = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
