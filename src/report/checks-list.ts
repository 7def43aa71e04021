import type { CheckMetaDoc } from '../evaluate/finding.js';

const refs = (d: CheckMetaDoc) =>
  Object.entries(d.frameworks)
    .filter(([, v]) => v.length)
    .map(([k, v]) => `${k} ${v.join(',')}`)
    .join('; ');

/** `bulwark checks`: one line per check (id, severity, title, framework IDs), then the count. */
export function renderChecksList(docs: readonly CheckMetaDoc[]): string {
  const width = Math.max(...docs.map((d) => d.id.length), 10);
  const lines = docs.map((d) => `${d.id.padEnd(width)}  ${d.severity.padEnd(13)} ${d.title}${refs(d) ? `  [${refs(d)}]` : ''}\n`);
  return `${lines.join('')}${docs.length} checks\n`;
}
