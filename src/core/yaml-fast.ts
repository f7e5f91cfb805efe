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
 */
export function parseYamlFast(text: string): { value: unknown } | undefined {
  if (text.includes('\t') || /\r(?!\n)/.test(text)) return undefined;
  try {
    return { value: new FastReader(text.split(/\r?\n/)).document() };
  } catch (error) {
    if (error === unsupported) return undefined;
    throw error;
  }
}

/** Thrown, never escaping this module, when the text leaves the subset. */
const unsupported = Symbol('unsupported');
function giveUp(): never {
  throw unsupported;
}

/** A plain key such as `skills`, `machine learning` or `提示工程`, then ":" and a space or the line's end. */
const blockKeyPattern = /^([^\s\-?:,[\]{}#&*!|>'"%@`][^:#]*?)(?<! ):(?= |$)/;
/** Inside `{ … }` keys are simpler still, so that "," and "}" never end up in one. */
const flowKeyPattern = /^([A-Za-z_][A-Za-z0-9_-]*):(?= |$)/;
/** A plain scalar may not start with an indicator, but for "-" before a non-space ("-5"); "?x" and ":x" are left to the library. */
const indicatorStart = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;
const lineEnd = /^(?: +#.*| *)$/;

/**
 * Past these the full parse has rules of its own (core/yaml.ts refuses more than 64 levels of
 * nesting and keys over 1024 characters); the fast reader stays well inside them.
 */
const maxDepth = 32;
const maxKeyLength = 1024;

class FastReader {
  private index = 0;
  private depth = 0;

  constructor(private readonly lines: readonly string[]) {}

  document(): unknown {
    const first = this.nextContent();
    if (first >= this.lines.length || indentOf(this.lines[first]!) !== 0) giveUp();
    const value = this.block(0);
    if (this.nextContent() < this.lines.length) giveUp();
    return value;
  }

  /** The index of the next line with content, skipping blank and comment lines; does not move. */
  private nextContent(): number {
    let i = this.index;
    for (; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const indent = indentOf(line);
      if (indent < line.length && line[indent] !== '#') break;
    }
    return i;
  }

  private block(column: number): unknown {
    const line = this.lines[this.nextContent()]!;
    return isSequenceItem(line, column) ? this.sequence(column) : this.mapping(column, undefined);
  }

  /** Counts nesting around `read`, giving up past maxDepth. */
  private nested<T>(read: () => T): T {
    if (++this.depth > maxDepth) giveUp();
    const value = read();
    this.depth--;
    return value;
  }

  /** A block mapping at `column`; `inlineStart` is set when its first key follows "- " on the current line. */
  private mapping(column: number, inlineStart: number | undefined): Record<string, unknown> {
    return this.nested(() => this.mappingEntries(column, inlineStart));
  }

  private mappingEntries(column: number, inlineStart: number | undefined): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (let first = true; ; first = false) {
      let lineIndex: number;
      let start: number;
      if (first && inlineStart !== undefined) {
        lineIndex = this.index;
        start = inlineStart;
      } else {
        lineIndex = this.nextContent();
        if (lineIndex >= this.lines.length) break;
        const indent = indentOf(this.lines[lineIndex]!);
        if (indent < column) break;
        if (indent > column) giveUp();
        start = column;
      }
      const content = this.lines[lineIndex]!.slice(start);
      const { key, end } = readBlockKey(content, result);
      result[key] = this.valueAfter(content.slice(end), column, lineIndex, true);
    }
    return result;
  }

  private sequence(column: number): unknown[] {
    return this.nested(() => this.sequenceItems(column));
  }

  private sequenceItems(column: number): unknown[] {
    const result: unknown[] = [];
    for (;;) {
      const lineIndex = this.nextContent();
      if (lineIndex >= this.lines.length) break;
      const line = this.lines[lineIndex]!;
      const indent = indentOf(line);
      if (indent < column) break;
      if (indent > column) giveUp();
      // A key at the sequence's own column ends a sequence that is a mapping's value.
      if (!isSequenceItem(line, column)) break;
      const after = line.slice(column + 1);
      const content = after.slice(indentOf(after));
      if (content.startsWith('- ') || content === '-') giveUp();
      if (startsWithKey(content)) {
        this.index = lineIndex;
        result.push(this.mapping(column + 1 + after.length - content.length, column + 1 + after.length - content.length));
      } else {
        result.push(this.valueAfter(after, column, lineIndex, false));
      }
    }
    return result;
  }

  /**
   * The value after "key:" or "-" on line `lineIndex`, whose parent collection sits at `column`.
   * Leaves `index` on the line after the value.
   */
  private valueAfter(rest: string, column: number, lineIndex: number, inMapping: boolean): unknown {
    this.index = lineIndex + 1;
    const text = rest.slice(indentOf(rest));
    if (text === '' || text[0] === '#') {
      if (text !== '' && rest[0] !== ' ') giveUp();
      const next = this.nextContent();
      if (next >= this.lines.length) return null;
      const indent = indentOf(this.lines[next]!);
      if (indent > column) return this.block(indent);
      if (inMapping && indent === column && isSequenceItem(this.lines[next]!, column)) return this.sequence(column);
      return null;
    }
    let value: unknown;
    if (text[0] === '>' || text[0] === '|') {
      const header = /^([>|])(-?)(?: +#.*| *)$/.exec(text);
      if (!header) giveUp();
      return this.blockScalar(column, header[1] === '>', header[2] === '-');
    } else if (text[0] === '"' || text[0] === "'") {
      const { value: quoted, end } = readQuoted(text, 0);
      if (!lineEnd.test(text.slice(end))) giveUp();
      value = quoted;
    } else if (text[0] === '[' || text[0] === '{') {
      const { value: flow, end } = readFlow(text);
      if (!lineEnd.test(text.slice(end))) giveUp();
      value = flow;
    } else {
      value = resolvePlain(readPlain(text));
    }
    // A more indented line after a one-line scalar would continue it (or be an error): leave both to the library.
    const next = this.nextContent();
    if (next < this.lines.length && indentOf(this.lines[next]!) > column) giveUp();
    return value;
  }

  /** A block scalar whose content is more indented than `column`; `index` is on its first line. */
  private blockScalar(column: number, folded: boolean, strip: boolean): string {
    const content: (string | null)[] = [];
    let indent = -1;
    let i = this.index;
    for (; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (indentOf(line) === line.length) {
        // Leading blank lines and lines of spaces past the indentation have rules of their own.
        if (indent < 0 || line.length > indent) giveUp();
        content.push(null);
        continue;
      }
      const lineIndent = indentOf(line);
      if (indent < 0) {
        if (lineIndent <= column) break;
        indent = lineIndent;
      }
      if (lineIndent < indent) break;
      // More indented lines keep their line breaks in folded scalars; leave them to the library.
      if (lineIndent > indent) giveUp();
      content.push(line.slice(indent));
    }
    while (content.length > 0 && content.at(-1) === null) content.pop();
    if (content.length === 0) giveUp();
    this.index = i;
    let value = '';
    let blanks = 0;
    content.forEach((line, n) => {
      if (line === null) {
        blanks++;
        return;
      }
      if (n > 0) value += folded ? (blanks > 0 ? '\n'.repeat(blanks) : ' ') : '\n'.repeat(blanks + 1);
      value += line;
      blanks = 0;
    });
    return strip ? value : `${value}\n`;
  }
}

/**
 * A key must read as text in the core schema (`1` or `true` would become "1" or "true" by other
 * rules), be new in its mapping (duplicates are errors the library reports), and be plain data.
 */
function plainKey(key: string, mapping: Record<string, unknown>): string {
  if (key.length > maxKeyLength || typeof resolvePlain(key) !== 'string' || key === '__proto__' || Object.hasOwn(mapping, key)) giveUp();
  return key;
}

/** The key at the start of a mapping entry, plain or quoted, and where its ":" ends. */
function readBlockKey(content: string, mapping: Record<string, unknown>): { key: string; end: number } {
  if (content[0] === '"' || content[0] === "'") {
    const { value, end } = readQuoted(content, 0);
    if (content[end] !== ':' || (content.length > end + 1 && content[end + 1] !== ' ')) giveUp();
    if (value.length > maxKeyLength || value === '__proto__' || Object.hasOwn(mapping, value)) giveUp();
    return { key: value, end: end + 1 };
  }
  const match = blockKeyPattern.exec(content);
  if (!match) giveUp();
  return { key: plainKey(match[1]!, mapping), end: match[0].length };
}

/** Whether a sequence item's content is a mapping entry ("- id: x") rather than a scalar. */
function startsWithKey(content: string): boolean {
  if (content[0] === '"' || content[0] === "'") {
    try {
      const { end } = readQuoted(content, 0);
      return content[end] === ':' && (content.length === end + 1 || content[end + 1] === ' ');
    } catch {
      return false;
    }
  }
  return blockKeyPattern.test(content);
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

function isSequenceItem(line: string, column: number): boolean {
  return line[column] === '-' && (line.length === column + 1 || line[column + 1] === ' ');
}

/** A plain scalar in block context, up to a comment; anything that might be more is left to the library. */
function readPlain(text: string): string {
  if (indicatorStart.test(text)) giveUp();
  const comment = text.indexOf(' #');
  const value = trimSpacesEnd(comment >= 0 ? text.slice(0, comment) : text);
  if (value.includes(': ') || value.endsWith(':')) giveUp();
  return value;
}

const escapes: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r' };

/** A quoted scalar that closes on its line, starting at `start`; returns the index after the closing quote. */
function readQuoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i]!;
    if (quote === "'") {
      if (char !== "'") value += char;
      else if (text[i + 1] === "'") {
        value += "'";
        i++;
      } else return { value, end: i + 1 };
    } else if (char === '"') {
      return { value, end: i + 1 };
    } else if (char === '\\') {
      const escape = text[i + 1] ?? '';
      if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 5;
      } else if (Object.hasOwn(escapes, escape)) {
        value += escapes[escape];
        i++;
      } else giveUp();
    } else {
      value += char;
    }
  }
  return giveUp();
}

/** A one-line flow sequence of scalars or flow mapping of plain keys to scalars. */
function readFlow(text: string): { value: unknown; end: number } {
  const close = text[0] === '[' ? ']' : '}';
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = skipSpaces(text, 1);
  if (text[i] === close) return { value: close === ']' ? list : map, end: i + 1 };
  for (;;) {
    if (close === '}') {
      const match = flowKeyPattern.exec(text.slice(i));
      if (!match || text[i + match[0].length] !== ' ') giveUp();
      const key = plainKey(match[1]!, map);
      const item = readFlowScalar(text, skipSpaces(text, i + match[0].length));
      map[key] = item.value;
      i = item.end;
    } else {
      const item = readFlowScalar(text, i);
      list.push(item.value);
      i = item.end;
    }
    i = skipSpaces(text, i);
    if (text[i] === close) return { value: close === ']' ? list : map, end: i + 1 };
    if (text[i] !== ',') giveUp();
    i = skipSpaces(text, i + 1);
    if (text[i] === close) giveUp();
  }
}

function readFlowScalar(text: string, start: number): { value: unknown; end: number } {
  if (text[start] === '"' || text[start] === "'") return readQuoted(text, start);
  let end = start;
  while (end < text.length && !',[]{}'.includes(text[end]!)) end++;
  const raw = trimSpacesEnd(text.slice(start, end));
  if (raw === '' || indicatorStart.test(raw) || raw.includes(':') || raw.includes('#')) giveUp();
  return { value: resolvePlain(raw), end };
}

/** YAML separates with spaces (tabs never reach here); other white space, such as U+00A0, is content. */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (text.charCodeAt(end - 1) === 32) end--;
  return text.slice(0, end);
}

function skipSpaces(text: string, i: number): number {
  while (text[i] === ' ') i++;
  return i;
}

/** The YAML 1.2 core schema, tested in the yaml library's order, with its conversions. */
function resolvePlain(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
