/**
 * JSON.stringify(value, null, 2) as a sequence of chunks, for documents too large to hold as one
 * string: a 1,000,000-resource inventory or a findings document with millions of findings passes
 * V8's string length limit (about 512 MiB) and, well before that, costs several copies of memory.
 * The concatenated chunks are byte for byte what JSON.stringify(value, null, 2) returns.
 * Large arrays and objects are walked; runs of small array members are stringified together.
 */

/**
 * An array whose members are made when they are written: a report with millions of entries (OCSF
 * events, ASFF findings) is serialised without holding them all. jsonChunks writes it as the array
 * [at(0), ..., at(length - 1)]; JSON.stringify (through toJSON) gives the same text, for small ones.
 */
export class JsonList<T = unknown> {
  constructor(
    readonly length: number,
    readonly at: (index: number) => T,
  ) {}
  toJSON(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

/** Containers with this many members are walked member by member. */
const WALK_AT = 64;
/** Small array members stringified in one JSON.stringify call (one call per member costs more). */
const BATCH = 512;

const indentOf = (depth: number) => '\n' + '  '.repeat(depth);

/** JSON.stringify of a member, re-indented to its depth (JSON strings never hold a raw newline). */
function whole(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  if (text === undefined || depth === 0 || !text.includes('\n')) return text;
  return text.replaceAll('\n', indentOf(depth));
}

/**
 * Members of an array at `depth`, as they appear inside it: "\n<indent>m1,\n<indent>m2". The batch
 * is wrapped in `depth` arrays so JSON.stringify indents it where it belongs, and the wrapping is
 * cut off (no second pass over the text to re-indent it).
 */
function membersText(items: unknown[], depth: number): string {
  let wrapped: unknown = items;
  let prefix = '[';
  for (let k = 1; k <= depth; k++) {
    wrapped = [wrapped];
    prefix += indentOf(k) + '[';
  }
  // The closing brackets of the batch's array and of every wrapper, each on its own line.
  let suffix = '';
  for (let k = depth; k >= 0; k--) suffix += (k ? indentOf(k) : '\n') + ']';
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(prefix.length, text.length - suffix.length);
}

/**
 * Whether a value is walked member by member: an array or object with many members, or one that
 * holds such a value within a few levels (an inventory's resource lists sit 5 levels down).
 */
function isBig(value: unknown, levels = 8): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (value instanceof JsonList) return true;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) {
    if (value.length >= WALK_AT) return true;
    if (levels === 0) return false;
    for (let i = 0; i < value.length; i++) {
      const m: unknown = value[i];
      if (m !== null && typeof m === 'object' && isBig(m, levels - 1)) return true;
    }
    return false;
  }
  let n = 0;
  for (const k in value) {
    if (++n >= WALK_AT) return true;
    const m = (value as Record<string, unknown>)[k];
    if (levels > 0 && m !== null && typeof m === 'object' && isBig(m, levels - 1)) return true;
  }
  return false;
}

/** Yields chunks of at most a few hundred members' text each. */
export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  if (value instanceof JsonList) {
    yield* listChunks(value, depth);
    return;
  }
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
    yield* listChunks(new JsonList(value.length, (i) => value[i] as unknown), depth);
    return;
  }
  yield '{';
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    const big = isBig(item);
    // As JSON.stringify: members without a JSON representation are left out of an object.
    const text = big ? undefined : whole(item, depth + 1);
    if (!big && text === undefined) continue;
    yield (first ? '' : ',') + inner + JSON.stringify(key) + ': ';
    first = false;
    if (text !== undefined) yield text;
    else yield* jsonChunks(item, depth + 1);
  }
  yield first ? '}' : indentOf(depth) + '}';
}

/** An array's members, each made as it is written, runs of small ones stringified together. */
function* listChunks(list: JsonList, depth: number): Generator<string> {
  const inner = indentOf(depth + 1);
  let first = true;
  let run: unknown[] = [];
  const flush = () => {
    const text = membersText(run, depth);
    run = [];
    // membersText starts with the newline and indent of its first member.
    const out = (first ? '[' : ',') + text;
    first = false;
    return out;
  };
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list.at(i);
    if (isBig(item)) {
      if (run.length) yield flush();
      yield (first ? '[' : ',') + inner;
      first = false;
      yield* jsonChunks(item, depth + 1);
      continue;
    }
    run.push(item); // as JSON.stringify: a member without a JSON representation is null in an array
    if (run.length >= BATCH) yield flush();
  }
  if (run.length) yield flush();
  yield first ? '[]' : indentOf(depth) + ']';
}
