/**
 * JSON.stringify(value, null, 2) as a sequence of chunks, for documents too large to hold as one
 * string: a 1,000,000-resource inventory or a findings document with millions of findings passes
 * V8's string length limit (about 512 MiB) and, well before that, costs several copies of memory.
 * The concatenated chunks are byte for byte what JSON.stringify(value, null, 2) returns.
 * Arrays and objects with many members are walked; small members are stringified whole.
 */

/** Members below this many are stringified in one call (fast, bounded in size). */
const WALK_AT = 64;

function indentOf(depth: number): string {
  return '\n' + '  '.repeat(depth);
}

/** JSON.stringify of a member, re-indented to its depth (JSON strings never hold a raw newline). */
function whole(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  if (text === undefined || depth === 0 || !text.includes('\n')) return text;
  return text.replaceAll('\n', indentOf(depth));
}

/**
 * Whether a value is walked member by member: an array or object with many members, or one that
 * holds such a value within a few levels (an inventory's resource lists sit 5 levels down).
 */
function isBig(value: unknown, levels = 8): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const members: unknown[] = Array.isArray(value) ? value : Object.values(value);
  if (members.length >= WALK_AT) return true;
  if (levels === 0) return false;
  for (const m of members) if (m !== null && typeof m === 'object' && isBig(m, levels - 1)) return true;
  return false;
}

/** Yields chunks of at most a few members' text each. */
export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  if (!isBig(value)) {
    // undefined, functions and symbols at the root make JSON.stringify return undefined; callers
    // serialise documents, so that is a bug worth failing on.
    const text = whole(value, depth);
    if (text === undefined) throw new TypeError('jsonChunks: the value has no JSON representation');
    yield text;
    return;
  }
  const inner = indentOf(depth + 1);
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      yield (i ? ',' : '') + inner;
      // As JSON.stringify: a member without a JSON representation is null in an array.
      if (isBig(item)) yield* jsonChunks(item, depth + 1);
      else yield whole(item, depth + 1) ?? 'null';
    }
    yield value.length ? indentOf(depth) + ']' : ']';
    return;
  }
  const entries = Object.entries(value);
  yield '{';
  let first = true;
  for (const [key, item] of entries) {
    // As JSON.stringify: members without a JSON representation are left out of an object.
    const text = isBig(item) ? undefined : whole(item, depth + 1);
    if (!isBig(item) && text === undefined) continue;
    yield (first ? '' : ',') + inner + JSON.stringify(key) + ': ';
    first = false;
    if (text !== undefined) yield text;
    else yield* jsonChunks(item, depth + 1);
  }
  yield first ? '}' : indentOf(depth) + '}';
}
