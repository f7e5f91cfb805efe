/**
 * A fast reader for the plain subset of YAML that catalogs and profiles are written in: block
 * mappings and sequences, plain and quoted scalars, one-line flow collections, and `>`/`|` block
 * scalars. It gives up (returns undefined) on anything else — anchors, tags, multi-line flow,
 * duplicate keys, odd indentation, any doubt — and the caller then uses the yaml library, which
 * also reports the positions of problems. Where it does return a value, that value equals what
 * the yaml library gives (test/core/yaml-fast.test.ts checks this differentially), so it only
 * changes how long a valid file takes, never what it means.
 *
 * Why: the yaml library builds a full document with positions, which costs most of `etr validate`'s
 * run time on a catalog; a valid file needs no positions, an invalid one is read again in full.
 *
 * How it stays fast: a command reads its files once, cold, so this code runs in V8's interpreter,
 * where every operation and every allocation counts (and code that runs often enough is compiled
 * again by the optimizing compiler, on the second core the process shares). The reader therefore
 * works on each line with an offset instead of slicing it up, leaves scanning within a line to
 * native string and regular expression calls (indexOf, sticky patterns) instead of loops over
 * characters, reads the common item of a flow collection in one match, measures each line's
 * indentation once, and builds strings with one slice or join instead of character by character.
 */
export function parseYamlFast(text: string, stop?: { line: number }, recorder?: PositionRecorder): { value: unknown } | undefined {
  const tab = text.indexOf('\t');
  if (tab >= 0) return stopAt(stop, lineOf(text, tab));
  let lines: string[];
  if (text.includes('\r')) {
    const lone = loneCarriageReturn.exec(text);
    if (lone) return stopAt(stop, lineOf(text, lone.index));
    lines = text.split(lineBreak);
  } else {
    lines = text.split('\n');
  }
  const reader = new FastReader(lines, recorder);
  try {
    return { value: reader.document() };
  } catch (error) {
    if (error === unsupported) return stopAt(stop, reader.line + 1);
    throw error;
  }
}

/**
 * Told where each part of the document starts, by line and column (both from 0), when a caller
 * wants positions (yaml-fast-positions.ts); a plain read passes none and pays only a check for it.
 * Every `entry` or `item` is followed by one `value` call for its value, made before anything
 * inside that value is reported; the first `value` call, before any entry, is the document's.
 */
export interface PositionRecorder {
  /** A mapping's entry `key`, whose key starts at `line` and `column`. */
  entry(mapping: object, key: string, line: number, column: number): void;
  /** The next item of a sequence. */
  item(sequence: unknown[]): void;
  /** Where the value of the entry or item just reported starts. */
  value(line: number, column: number): void;
}

/** Where the reader gave up, for a caller that asked (`stop`): a line from 1, near what it could not read. */
function stopAt(stop: { line: number } | undefined, line: number): undefined {
  if (stop) stop.line = line;
  return undefined;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** Thrown, never escaping this module, when the text leaves the subset. */
const unsupported = Symbol('unsupported');
function giveUp(): never {
  throw unsupported;
}

const loneCarriageReturn = /\r(?!\n)/;
const lineBreak = /\r?\n/;

// The patterns below are sticky (`y`): set lastIndex to where the text of interest starts in its
// line and `test` the line, so nothing is sliced off to be matched; after a match, lastIndex is
// where it ends. `$` is the end of the line.

/**
 * A plain key such as `skills`, `machine learning` or `提示工程`, then ":" and a space or the line's
 * end. Not "... " (at the start of a line, the end of the document, with anything after it an
 * error the library reports), which the library is left to read wherever it stands.
 */
const blockKeyAt = /(?!\.\.\.(?:\s|$))[^\s\-?:,[\]{}#&*!|>'"%@`][^:#]*?(?<! ):(?= |$)/y;
/** Inside `{ … }` keys are simpler still, so that "," and "}" never end up in one. */
const flowKeyAt = /[A-Za-z_][A-Za-z0-9_-]*:(?= |$)/y;
/** A plain scalar may not start with an indicator, but for "-" before a non-space ("-5"); "?x" and ":x" are left to the library. */
const indicatorStart = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;
/** The same, sticky, for a plain scalar that runs to the end of its line. */
const indicatorAt = new RegExp(indicatorStart.source.slice(1), 'y');
/** What may follow a value on its line: nothing, or spaces and a comment. */
const lineEndAt = /(?: +#.*| *)$/y;
/** A block scalar's header, `>` or `|` with an optional strip indicator "-". */
const blockHeaderAt = /[>|]-?(?: +#.*| *)$/y;
/** A plain scalar in a flow collection runs up to the next flow indicator. */
const flowPlainAt = /[^,[\]{}]*/y;
/**
 * A whole item of a flow mapping (`key: value`) or sequence (`value`) whose value is plain, with
 * the spaces and the "," or closing bracket after it: the value is what flowPlainAt would take
 * after the spaces, less trailing spaces. It starts with neither a quote (a quoted scalar) nor a
 * space (else the spaces before it could be given back to it), and it is not empty and holds no
 * ":" or "#" (flowPlain refuses those). The separator is the match's last character.
 */
const flowMapItemAt = /([A-Za-z_][A-Za-z0-9_-]*): +((?!["' ])[^,[\]{}:#]+?) *[,}]/y;
const flowSeqItemAt = /((?!["' ])[^,[\]{}:#]+?) *[,\]]/y;
/** Counted as indentation: spaces only (tabs never reach here). */
const nonSpace = /[^ ]/;

/**
 * Past these the full parse has rules of its own (core/yaml.ts refuses more than 64 levels of
 * nesting and keys over 1024 characters); the fast reader stays well inside them.
 */
const maxDepth = 32;
const maxKeyLength = 1024;

class FastReader {
  private index = 0;
  /** The line being read (from 0), to say where the reader gave up. */
  line = 0;
  private depth = 0;
  /** Where the last quoted scalar, key or flow item read ended (the index after it in its line). */
  private end = 0;
  /** Per line: how many spaces it starts with (its length when it is all spaces). */
  private readonly indents: Int32Array;
  /**
   * Per line: the first line at or after it with content, i.e. neither blank nor a comment
   * (lines.length if none); `contentFrom[index]` is the next line to read.
   */
  private readonly contentFrom: Int32Array;

  constructor(
    private readonly lines: readonly string[],
    private readonly recorder: PositionRecorder | undefined,
  ) {
    // One pass from the end measures each line once, so that finding the next line with content
    // is a lookup, however often the reader asks.
    const count = lines.length;
    const indents = (this.indents = new Int32Array(count));
    const contentFrom = (this.contentFrom = new Int32Array(count + 1));
    let next = count;
    contentFrom[count] = count;
    for (let i = count - 1; i >= 0; i--) {
      const line = lines[i]!;
      const indent = line.search(nonSpace);
      if (indent < 0) {
        indents[i] = line.length;
      } else {
        indents[i] = indent;
        if (line.charCodeAt(indent) !== 35 /* # */) next = i;
      }
      contentFrom[i] = next;
    }
  }

  document(): unknown {
    const first = this.contentFrom[this.index]!;
    if (first >= this.lines.length || this.indents[first] !== 0) giveUp();
    this.recorder?.value(first, 0);
    const value = this.block(0);
    if (this.contentFrom[this.index]! < this.lines.length) giveUp();
    return value;
  }

  private block(column: number): unknown {
    const line = this.lines[this.contentFrom[this.index]!]!;
    return isSequenceItem(line, column) ? this.sequence(column) : this.mapping(column, undefined);
  }

  /** A block mapping at `column`; `inlineStart` is set when its first key follows "- " on the current line. */
  private mapping(column: number, inlineStart: number | undefined): Record<string, unknown> {
    if (++this.depth > maxDepth) giveUp();
    const result: Record<string, unknown> = {};
    for (let first = true; ; first = false) {
      let lineIndex: number;
      let start: number;
      if (first && inlineStart !== undefined) {
        lineIndex = this.index;
        start = inlineStart;
      } else {
        lineIndex = this.contentFrom[this.index]!;
        if (lineIndex >= this.lines.length) break;
        this.line = lineIndex;
        const indent = this.indents[lineIndex]!;
        if (indent < column) break;
        if (indent > column) giveUp();
        start = column;
      }
      const line = this.lines[lineIndex]!;
      const key = this.readBlockKey(line, start, result);
      this.recorder?.entry(result, key, lineIndex, start);
      result[key] = this.valueAfter(line, this.end, column, lineIndex, true);
    }
    this.depth--;
    return result;
  }

  private sequence(column: number): unknown[] {
    if (++this.depth > maxDepth) giveUp();
    const result: unknown[] = [];
    for (;;) {
      const lineIndex = this.contentFrom[this.index]!;
      if (lineIndex >= this.lines.length) break;
      this.line = lineIndex;
      const line = this.lines[lineIndex]!;
      const indent = this.indents[lineIndex]!;
      if (indent < column) break;
      if (indent > column) giveUp();
      // A key at the sequence's own column ends a sequence that is a mapping's value.
      if (!isSequenceItem(line, column)) break;
      const content = skipSpaces(line, column + 1);
      if (isSequenceItem(line, content)) giveUp();
      this.recorder?.item(result);
      if (this.startsWithKey(line, content)) {
        this.index = lineIndex;
        this.recorder?.value(lineIndex, content);
        result.push(this.mapping(content, content));
      } else {
        result.push(this.valueAfter(line, column + 1, column, lineIndex, false));
      }
    }
    this.depth--;
    return result;
  }

  /**
   * The value that starts at `from` in line `lineIndex`, after "key:" or "-", whose parent
   * collection sits at `column`. Leaves `index` on the line after the value.
   */
  private valueAfter(line: string, from: number, column: number, lineIndex: number, inMapping: boolean): unknown {
    this.index = lineIndex + 1;
    this.line = lineIndex;
    let at = from;
    while (line.charCodeAt(at) === 32) at++;
    // Told apart by character code: line[at] would make a string of a character such as 统.
    const first = line.charCodeAt(at);
    if (at === line.length || first === 35 /* # */) {
      // A comment needs a space before it.
      if (at < line.length && at === from) giveUp();
      const next = this.contentFrom[this.index]!;
      const indent = next < this.lines.length ? this.indents[next]! : -1;
      const nested = indent > column || (inMapping && indent === column && isSequenceItem(this.lines[next]!, column));
      // The yaml library starts a nested block at its first line, and an empty value (null) where
      // the spaces after its ":" or "-" end (at a comment, or the line's end).
      if (nested) this.recorder?.value(next, indent);
      else this.recorder?.value(lineIndex, at);
      if (!nested) return null;
      return indent > column ? this.block(indent) : this.sequence(column);
    }
    this.recorder?.value(lineIndex, at);
    let value: unknown;
    if (first === 62 /* > */ || first === 124 /* | */) {
      if (!matchesAt(blockHeaderAt, line, at)) giveUp();
      return this.blockScalar(column, first === 62, line.charCodeAt(at + 1) === 45 /* - */);
    } else if (first === 34 /* " */ || first === 39 /* ' */) {
      value = this.readQuoted(line, at);
      if (!matchesAt(lineEndAt, line, this.end)) giveUp();
    } else if (first === 91 /* [ */ || first === 123 /* { */) {
      value = this.readFlow(line, at);
      if (!matchesAt(lineEndAt, line, this.end)) giveUp();
    } else {
      value = resolvePlain(readPlain(line, at));
    }
    // A more indented line after a one-line scalar would continue it (or be an error): leave both to the library.
    const next = this.contentFrom[this.index]!;
    if (next < this.lines.length && this.indents[next]! > column) giveUp();
    return value;
  }

  /** A block scalar whose content is more indented than `column`; `index` is on its first line. */
  private blockScalar(column: number, folded: boolean, strip: boolean): string {
    // The value is joined once from its lines and the breaks between them; blank lines are
    // counted, and turn into breaks only before the next line with text (trailing ones are dropped).
    const parts: string[] = [];
    let indent = -1;
    let blanks = 0;
    let i = this.index;
    for (; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const lineIndent = this.indents[i]!;
      if (lineIndent === line.length) {
        // Leading blank lines and lines of spaces past the indentation have rules of their own.
        if (indent < 0 || line.length > indent) giveUp();
        blanks++;
        continue;
      }
      if (indent < 0) {
        if (lineIndent <= column) break;
        indent = lineIndent;
      }
      if (lineIndent < indent) break;
      // More indented lines keep their line breaks in folded scalars; leave them to the library.
      if (lineIndent > indent) giveUp();
      if (parts.length > 0) parts.push(folded ? (blanks > 0 ? '\n'.repeat(blanks) : ' ') : '\n'.repeat(blanks + 1));
      parts.push(line.slice(indent));
      blanks = 0;
    }
    if (parts.length === 0) giveUp();
    this.index = i;
    if (!strip) parts.push('\n');
    return parts.join('');
  }

  /** The key at `start` of a mapping entry, plain or quoted; sets `end` to just after its ":". */
  private readBlockKey(line: string, start: number, mapping: Record<string, unknown>): string {
    const first = line[start];
    if (first === '"' || first === "'") {
      const key = this.readQuoted(line, start);
      const end = this.end;
      if (line[end] !== ':' || (line.length > end + 1 && line[end + 1] !== ' ')) giveUp();
      if (key.length > maxKeyLength || key === '__proto__' || Object.hasOwn(mapping, key)) giveUp();
      this.end = end + 1;
      return key;
    }
    if (!matchesAt(blockKeyAt, line, start)) giveUp();
    this.end = blockKeyAt.lastIndex;
    return plainKey(line.slice(start, this.end - 1), mapping);
  }

  /** Whether a sequence item's content at `start` is a mapping entry ("- id: x") rather than a scalar. */
  private startsWithKey(line: string, start: number): boolean {
    const first = line[start];
    if (first === '"' || first === "'") {
      try {
        this.readQuoted(line, start);
      } catch {
        return false;
      }
      const end = this.end;
      return line[end] === ':' && (line.length === end + 1 || line[end + 1] === ' ');
    }
    return matchesAt(blockKeyAt, line, start);
  }

  /**
   * A quoted scalar that opens at `start` and closes on its line; sets `end` to just after the
   * closing quote. The text between escapes is taken in one slice each.
   */
  private readQuoted(line: string, start: number): string {
    let value = '';
    let from = start + 1;
    if (line[start] === "'") {
      // In single quotes only '' is special: it stands for one '.
      for (;;) {
        const quote = line.indexOf("'", from);
        if (quote < 0) giveUp();
        if (line[quote + 1] !== "'") {
          this.end = quote + 1;
          return value + line.slice(from, quote);
        }
        value += line.slice(from, quote + 1);
        from = quote + 2;
      }
    }
    for (;;) {
      const quote = line.indexOf('"', from);
      if (quote < 0) giveUp();
      const backslash = line.indexOf('\\', from);
      if (backslash < 0 || backslash > quote) {
        this.end = quote + 1;
        return value + line.slice(from, quote);
      }
      value += line.slice(from, backslash);
      const escape = line[backslash + 1] ?? '';
      if (escape === 'u' && hex4.test(line.slice(backslash + 2, backslash + 6))) {
        value += String.fromCharCode(parseInt(line.slice(backslash + 2, backslash + 6), 16));
        from = backslash + 6;
      } else if (Object.hasOwn(escapes, escape)) {
        value += escapes[escape];
        from = backslash + 2;
      } else giveUp();
    }
  }

  /** A one-line flow sequence of scalars, or flow mapping of plain keys to scalars and such sequences, at `start`; sets `end`. */
  private readFlow(line: string, start: number): unknown {
    const close = line[start] === '[' ? ']' : '}';
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    const plainItemAt = close === '}' ? flowMapItemAt : flowSeqItemAt;
    let i = skipSpaces(line, start + 1);
    if (line[i] !== close) {
      for (;;) {
        // The common item, plain and followed by "," or the bracket, in one match; others one part at a time.
        plainItemAt.lastIndex = i;
        const item = plainItemAt.exec(line);
        if (item !== null) {
          const raw = item[close === '}' ? 2 : 1]!;
          // What flowPlain checks and the pattern does not: an indicator first.
          if (indicatorStart.test(raw)) giveUp();
          if (close === '}') {
            const key = plainKey(item[1]!, map);
            // The value starts after the key, its ":" and the spaces after that.
            if (this.recorder) this.recordFlowEntry(map, key, i, skipSpaces(line, i + item[1]!.length + 1));
            map[key] = resolvePlain(raw);
          } else {
            if (this.recorder) this.recordFlowItem(list, i);
            list.push(resolvePlain(raw));
          }
          i = plainItemAt.lastIndex - 1;
        } else {
          if (close === '}') {
            if (!matchesAt(flowKeyAt, line, i) || line[flowKeyAt.lastIndex] !== ' ') giveUp();
            const afterKey = flowKeyAt.lastIndex;
            const key = plainKey(line.slice(i, afterKey - 1), map);
            const at = skipSpaces(line, afterKey);
            if (this.recorder) this.recordFlowEntry(map, key, i, at);
            // A list as a value (`region: [eu]`): one level of nesting, on the same line.
            map[key] = line[at] === '[' ? this.readFlow(line, at) : this.readFlowScalar(line, at);
          } else {
            if (this.recorder) this.recordFlowItem(list, i);
            list.push(this.readFlowScalar(line, i));
          }
          i = skipSpaces(line, this.end);
        }
        if (line[i] === close) break;
        if (line[i] !== ',') giveUp();
        i++;
        while (line.charCodeAt(i) === 32) i++;
        if (line[i] === close) giveUp();
      }
    }
    this.end = i + 1;
    return close === ']' ? list : map;
  }

  /** For the recorder: an entry of a flow mapping on the line being read, its key and value at these columns. */
  private recordFlowEntry(map: object, key: string, keyColumn: number, valueColumn: number): void {
    this.recorder!.entry(map, key, this.line, keyColumn);
    this.recorder!.value(this.line, valueColumn);
  }

  /** For the recorder: an item of a flow sequence on the line being read, at this column. */
  private recordFlowItem(list: unknown[], column: number): void {
    this.recorder!.item(list);
    this.recorder!.value(this.line, column);
  }

  /** A scalar in a flow collection, at `start`; sets `end` to where it stops. */
  private readFlowScalar(line: string, start: number): unknown {
    const first = line[start];
    if (first === '"' || first === "'") return this.readQuoted(line, start);
    matchesAt(flowPlainAt, line, start);
    const end = flowPlainAt.lastIndex;
    let stop = end;
    while (stop > start && line.charCodeAt(stop - 1) === 32) stop--;
    this.end = end;
    return flowPlain(line.slice(start, stop));
  }
}

/** A plain scalar in a flow collection (trimmed), and what it means; anything that might be more is left to the library. */
function flowPlain(raw: string): unknown {
  if (raw === '' || indicatorStart.test(raw) || raw.includes(':') || raw.includes('#')) giveUp();
  return resolvePlain(raw);
}

/** Whether a sticky `pattern` matches `line` at `at`; on a match its lastIndex is where the match ends. */
function matchesAt(pattern: RegExp, line: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(line);
}

/**
 * A key must read as text in the core schema (`1` or `true` would become "1" or "true" by other
 * rules), be new in its mapping (duplicates are errors the library reports), and be plain data.
 */
function plainKey(key: string, mapping: Record<string, unknown>): string {
  if (key.length > maxKeyLength || typeof resolvePlain(key) !== 'string' || key === '__proto__' || Object.hasOwn(mapping, key)) giveUp();
  return key;
}

function isSequenceItem(line: string, column: number): boolean {
  return line[column] === '-' && (line.length === column + 1 || line[column + 1] === ' ');
}

/** A plain scalar in block context at `at` (not a space), up to a comment; anything that might be more is left to the library. */
function readPlain(line: string, at: number): string {
  if (matchesAt(indicatorAt, line, at)) giveUp();
  const comment = line.indexOf(' #', at);
  // YAML separates with spaces (tabs never reach here); other white space, such as U+00A0, is content.
  let stop = comment >= 0 ? comment : line.length;
  while (line.charCodeAt(stop - 1) === 32) stop--;
  const value = line.slice(at, stop);
  if (value.includes(': ') || value.endsWith(':')) giveUp();
  return value;
}

const escapes: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r' };
const hex4 = /^[0-9a-fA-F]{4}$/;

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

const octal = /^0o[0-7]+$/;
const decimal = /^[-+]?[0-9]+$/;
const hexadecimal = /^0x[0-9a-fA-F]+$/;
const infinityOrNan = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const exponential = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const fixed = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The YAML 1.2 core schema, tested in the yaml library's order, with its conversions. */
function resolvePlain(text: string): unknown {
  const first = text.charCodeAt(0);
  // Only numbers start with a digit, a sign or "."; every other scalar is null, a boolean or
  // text by its exact spelling. Most scalars and keys (ids, names, prose) are decided here.
  if (!((first >= 48 && first <= 57) || first === 43 /* + */ || first === 45 /* - */ || first === 46 /* . */)) {
    switch (text) {
      case '':
      case '~':
      case 'null':
      case 'Null':
      case 'NULL':
        return null;
      case 'true':
      case 'True':
      case 'TRUE':
        return true;
      case 'false':
      case 'False':
      case 'FALSE':
        return false;
      default:
        return text;
    }
  }
  if (octal.test(text)) return parseInt(text.slice(2), 8);
  if (decimal.test(text)) return parseInt(text, 10);
  if (hexadecimal.test(text)) return parseInt(text.slice(2), 16);
  if (infinityOrNan.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  }
  if (exponential.test(text)) return parseFloat(text);
  if (fixed.test(text)) return parseFloat(text);
  return text;
}
