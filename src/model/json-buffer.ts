/**
 * JSON.parse for files larger than V8's string limit (about 512 MiB; a 1,000,000-resource inventory
 * is larger): the text stays a Buffer, containers larger than PIECE bytes are split into their
 * members, and runs of members are parsed by JSON.parse. The result is what JSON.parse would return
 * for the same text; malformed text still fails with a SyntaxError.
 *
 * Two ways to split. Pretty-printed text (what Bulwark writes) is split by searching for the line
 * breaks that start a member (a raw line break is never inside a JSON string), with the native
 * Buffer search: a few hundred milliseconds for a gigabyte. Anything else, or a guess that does not
 * parse, goes through a byte scanner that tracks strings and nesting: exact, about ten times slower.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** Members of at most this many bytes go to JSON.parse whole. */
const PIECE = 128 * 1024 * 1024;

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Index just past the string whose opening quote is at `at` (strings are short: a byte loop beats indexOf). */
function endOfString(buf: Buffer, at: number, end: number): number {
  for (let j = at + 1; j < end; j++) {
    const b = buf[j];
    if (b === BACKSLASH) j++;
    else if (b === QUOTE) return j + 1;
  }
  throw new SyntaxError(`Unterminated string in JSON at position ${at}`);
}

function trim(buf: Buffer, start: number, end: number): [number, number] {
  while (start < end && isSpace(buf[start])) start++;
  while (end > start && isSpace(buf[end - 1])) end--;
  return [start, end];
}

function parseRange(buf: Buffer, from: number, to: number, piece: number): unknown {
  const [start, end] = trim(buf, from, to);
  const first = buf[start];
  if (end - start <= piece || (first !== OPEN_OBJECT && first !== OPEN_ARRAY)) {
    return JSON.parse(buf.toString('utf8', start, end));
  }
  const isObject = first === OPEN_OBJECT;
  if (buf[end - 1] !== (isObject ? CLOSE_OBJECT : CLOSE_ARRAY)) throw new SyntaxError(`Unexpected end of JSON at position ${end}`);
  // Direct members of the container: [keyStart, keyEnd, valueStart, valueEnd] (no key in arrays).
  const members: number[][] = [];
  let depth = 0;
  let memberStart = start + 1;
  let colon = -1;
  const close = (at: number) => {
    const [s] = trim(buf, memberStart, at);
    if (s === at && members.length === 0 && at === end - 1) return; // an empty container
    members.push(isObject ? [memberStart, colon, colon + 1, at] : [memberStart, memberStart, memberStart, at]);
    if (isObject && colon < 0) throw new SyntaxError(`Expected ':' after property name in JSON at position ${s}`);
  };
  for (let i = start + 1; i < end - 1; i++) {
    const b = buf[i];
    if (b === QUOTE) i = endOfString(buf, i, end) - 1;
    else if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
    else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) depth--;
    else if (depth === 0 && b === COMMA) {
      close(i);
      memberStart = i + 1;
      colon = -1;
    } else if (depth === 0 && b === COLON && isObject && colon < 0) colon = i;
  }
  close(end - 1);
  if (!isObject) return members.map(([, , s, e]) => parseRange(buf, s as number, e as number, piece));
  const out: Record<string, unknown> = {};
  for (const [ks, ke, vs, ve] of members) {
    const key: unknown = JSON.parse(buf.toString('utf8', ks, ke));
    if (typeof key !== 'string') throw new SyntaxError(`Expected property name in JSON at position ${ks}`);
    // As JSON.parse: "__proto__" is an own property, never the prototype.
    Object.defineProperty(out, key, {
      value: parseRange(buf, vs as number, ve as number, piece),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Containers this deep or shallower are indexed in the one pass (an inventory's lists are at 6). */
const INDEXED_DEPTH = 6;

/** An indexed container: its members' byte ranges, and the indexed containers among them. */
interface Frame {
  start: number;
  end: number;
  isObject: boolean;
  /** Per member: start, colon (-1 in arrays), end (the comma or closing bracket). */
  members: number[];
  /** Member index to its indexed container, kept only for containers larger than a piece. */
  children: Map<number, Frame> | undefined;
  memberStart: number;
  colon: number;
}

/**
 * One pass over the text: the members of every container down to INDEXED_DEPTH, so the large ones
 * can be split without scanning their bytes again (a pass per level would scan a deep file 4 times).
 */
function indexContainers(buf: Buffer, start: number, end: number, piece: number): Frame {
  const stack: Frame[] = [];
  let root: Frame | undefined;
  let depth = 0;
  let i = start;
  for (; i < end; i++) {
    const b = buf[i] as number;
    if (b === QUOTE) {
      for (i++; i < end; i++) {
        const c = buf[i];
        if (c === BACKSLASH) i++;
        else if (c === QUOTE) break;
      }
      if (i >= end) throw new SyntaxError('Unterminated string in JSON');
    } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      depth++;
      if (depth > INDEXED_DEPTH) continue;
      const frame: Frame = {
        start: i,
        end: -1,
        isObject: b === OPEN_OBJECT,
        members: [],
        children: undefined,
        memberStart: i + 1,
        colon: -1,
      };
      const parent = stack[stack.length - 1];
      if (parent) (parent.children ??= new Map()).set(parent.members.length / 3, frame);
      else root = frame;
      stack.push(frame);
    } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
      if (depth <= INDEXED_DEPTH) {
        const frame = stack.pop();
        if (!frame || frame.isObject !== (b === CLOSE_OBJECT)) throw new SyntaxError(`Unexpected token in JSON at position ${i}`);
        const [s] = trim(buf, frame.memberStart, i);
        if (s < i || frame.members.length) frame.members.push(frame.memberStart, frame.colon, i);
        frame.end = i + 1;
        const parent = stack[stack.length - 1];
        // A container small enough for JSON.parse needs no index.
        if (parent && frame.end - frame.start <= piece) parent.children?.delete(parent.members.length / 3);
        if (!parent) break;
      }
      depth--;
    } else if (depth <= INDEXED_DEPTH && depth > 0) {
      const frame = stack[stack.length - 1] as Frame;
      if (b === COMMA) {
        frame.members.push(frame.memberStart, frame.colon, i);
        frame.memberStart = i + 1;
        frame.colon = -1;
      } else if (b === COLON && frame.colon < 0) frame.colon = i;
    }
  }
  if (!root || root.end < 0) throw new SyntaxError('Unexpected end of JSON input');
  const [rest] = trim(buf, root.end, end);
  if (rest < end) throw new SyntaxError(`Unexpected non-whitespace character after JSON at position ${rest}`);
  return root;
}

function build(buf: Buffer, frame: Frame, piece: number): unknown {
  if (frame.end - frame.start <= piece) return JSON.parse(buf.toString('utf8', frame.start, frame.end));
  const { members, children } = frame;
  const value = (j: number, from: number, to: number): unknown => {
    const child = children?.get(j);
    const [s, e] = trim(buf, from, to);
    if (child && child.start === s && child.end === e) return build(buf, child, piece);
    return parseRange(buf, s, e, piece);
  };
  if (!frame.isObject) {
    const out: unknown[] = [];
    for (let j = 0; j < members.length / 3; j++) out.push(value(j, members[3 * j] as number, members[3 * j + 2] as number));
    return out;
  }
  const out: Record<string, unknown> = {};
  for (let j = 0; j < members.length / 3; j++) {
    const [ms, colon, me] = [members[3 * j] as number, members[3 * j + 1] as number, members[3 * j + 2] as number];
    if (colon < 0) throw new SyntaxError(`Expected ':' after property name in JSON at position ${ms}`);
    const key: unknown = JSON.parse(buf.toString('utf8', ms, colon));
    if (typeof key !== 'string') throw new SyntaxError(`Expected property name in JSON at position ${ms}`);
    // As JSON.parse: "__proto__" is an own property, never the prototype.
    Object.defineProperty(out, key, { value: value(j, colon + 1, me), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * Bytes of members parsed together by one JSON.parse call on the line-split path. Under V8's
 * large-object size (128 KiB), so each run's text is a young string that dies young: larger runs
 * leave their text as old-space garbage, hundreds of megabytes of it by the time a full GC runs.
 */
const RUN = 64 * 1024;

/** A container's members cannot be split by line: the caller falls back to the byte scanner. */
class NotPretty extends Error {}

/** First non-whitespace byte at or after `i` (or `end`). */
function skipSpace(buf: Buffer, i: number, end: number): number {
  while (i < end && isSpace(buf[i])) i++;
  return i;
}

/** Last non-whitespace byte before `i` (or `start - 1`). */
function skipSpaceBack(buf: Buffer, i: number, start: number): number {
  while (i >= start && isSpace(buf[i])) i--;
  return i;
}

/**
 * Where each member of the container [start, end) begins, found by line: a member that starts a
 * line indented as the first one, with the same first byte, after a comma. Throws NotPretty when the
 * text is not laid out one member per line (compact JSON, mixed member kinds): then the scanner decides.
 */
function memberStartsByLine(buf: Buffer, start: number, end: number): number[] {
  const first = skipSpace(buf, start + 1, end - 1);
  if (first >= end - 1) return [];
  let indent = 0;
  while (buf[first - 1 - indent] === SPACE) indent++;
  if (buf[first - 1 - indent] !== NEWLINE && buf[first - 1 - indent] !== 0x0d) throw new NotPretty();
  const needle = Buffer.alloc(indent + 2, SPACE);
  needle[0] = NEWLINE;
  needle[indent + 1] = buf[first] as number;
  const starts = [first];
  for (let at = buf.indexOf(needle, first, 'latin1'); at !== -1 && at < end; at = buf.indexOf(needle, at + 1, 'latin1')) {
    // A deeper line has more spaces, so the needle only matches this indent; the member before must end with a comma.
    if (buf[skipSpaceBack(buf, at, start)] === COMMA) starts.push(at + indent + 1);
  }
  return starts;
}

/** JSON.parse of a run of members [from, to) of a container, wrapped in its brackets. */
function parseRun(buf: Buffer, isObject: boolean, from: number, to: number): unknown {
  // The byte before the run is its container's opening bracket or a comma, the byte after it a
  // comma or the closing bracket: set both to the brackets for the moment the text is decoded,
  // so the run is one string (wrapping it in brackets would copy it again).
  const left = skipSpaceBack(buf, from - 1, 0);
  const right = skipSpace(buf, to, buf.length);
  const [l, r] = [buf[left] as number, buf[right] as number];
  buf[left] = isObject ? OPEN_OBJECT : OPEN_ARRAY;
  buf[right] = isObject ? CLOSE_OBJECT : CLOSE_ARRAY;
  let text: string;
  try {
    text = buf.toString('utf8', left, right + 1);
  } finally {
    buf[left] = l;
    buf[right] = r;
  }
  return JSON.parse(text);
}

/**
 * A large pretty-printed container, split by line into runs of members of at most `piece` bytes,
 * each run parsed by JSON.parse; a member larger than a piece is split the same way. Any run that
 * does not parse means the guess was wrong: NotPretty, and the scanner decides.
 */
function buildPretty(buf: Buffer, start: number, end: number, piece: number): unknown {
  const run = Math.min(piece, RUN);
  const isObject = buf[start] === OPEN_OBJECT;
  const starts = memberStartsByLine(buf, start, end);
  // Member i spans [starts[i], its comma); the last one ends at the closing bracket.
  const memberEnd = (i: number) =>
    i + 1 < starts.length ? skipSpaceBack(buf, (starts[i + 1] as number) - 1, start) : skipSpaceBack(buf, end - 2, start) + 1;
  const out: unknown[] | Record<string, unknown> = isObject ? {} : [];
  const add = (value: unknown) => {
    if (Array.isArray(out)) {
      for (const v of value as unknown[]) out.push(v);
      return;
    }
    // As JSON.parse: "__proto__" is an own property, never the prototype.
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  };
  try {
    let i = 0;
    while (i < starts.length) {
      const from = starts[i] as number;
      let j = i;
      // Grow the run while it stays within a piece (a run holds at least one member).
      while (j + 1 < starts.length && memberEnd(j + 1) - from <= run) j++;
      const to = memberEnd(j);
      if (j > i || to - from <= piece) {
        add(parseRun(buf, isObject, from, to));
        i = j + 1;
        continue;
      }
      // One member larger than a piece: its value is a container of its own.
      const valueStart = isObject ? skipSpace(buf, buf.indexOf(COLON, endOfString(buf, from, to)) + 1, to) : from;
      const key = isObject ? (JSON.parse(buf.toString('utf8', from, endOfString(buf, from, to))) as string) : undefined;
      const v =
        buf[valueStart] === OPEN_OBJECT || buf[valueStart] === OPEN_ARRAY
          ? buildPretty(buf, valueStart, to, piece)
          : parseRange(buf, valueStart, to, piece);
      add(isObject ? { [key as string]: v } : [v]);
      i++;
    }
  } catch (e) {
    if (e instanceof SyntaxError) throw new NotPretty();
    throw e;
  }
  return out;
}

/**
 * JSON.parse of UTF-8 bytes (a leading byte-order mark is skipped), at any size that fits in memory.
 * On the line-split path two bytes around each run are swapped for brackets while it is decoded
 * and restored at once (synchronously): do not share the buffer with another thread meanwhile.
 * `piece`: the largest text handed to JSON.parse at once (smaller in tests, to exercise the splitting).
 */
export function parseJsonBuffer(buf: Buffer, piece = PIECE): unknown {
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  // Up to PIECE bytes, exactly JSON.parse of the text (its error messages and positions included).
  if (buf.length - bom <= piece) return JSON.parse(buf.toString('utf8', bom));
  const [start, end] = trim(buf, bom, buf.length);
  const first = buf[start];
  if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) return JSON.parse(buf.toString('utf8', start, end));
  if (buf[end - 1] === (first === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)) {
    try {
      return buildPretty(buf, start, end, piece);
    } catch (e) {
      if (!(e instanceof NotPretty)) throw e;
    }
  }
  return build(buf, indexContainers(buf, start, end, piece), piece);
}
