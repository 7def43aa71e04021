import type { Statement } from './document.js';

/** The one way reasons name a statement: `statement "Sid"` when it has a Sid, else `statement #N` (1-based). */
export const statementLabel = (s: Pick<Statement, 'sid' | 'index'>): string =>
  s.sid ? `statement "${s.sid}"` : `statement #${s.index + 1}`;

/** Short list for reasons: the first few items, then how many more. */
export function listSome(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
