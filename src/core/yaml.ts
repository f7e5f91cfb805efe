import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Problem } from './problem.js';
import { parseYamlFast } from './yaml-fast.js';

/** A path into a parsed document: map keys and sequence indexes, as zod reports them. */
export type DataPath = readonly PropertyKey[];

export interface Position {
  line: number;
  column: number;
  sourceLine: string;
}

export interface ParsedYaml {
  /** The document as plain data; undefined when it could not be parsed. */
  value: unknown;
  /** Where a path points in the source: the value's node, or with `'key'` the key of its entry. */
  locate(path: DataPath, target?: 'key' | 'value'): Position;
  problems: Problem[];
}

export interface YamlLimits {
  /** Alias expansions allowed in one document; a "billion laughs" file stops here. */
  maxAliasCount: number;
  /** Levels of nesting allowed (default {@link defaultMaxDepth}); etr's files need a handful. */
  maxDepth?: number;
  /**
   * Lines before the text in the input it was cut from (a document of a batch's YAML stream), so
   * every line a problem or message names is the input's, not the document's. Default 0.
   */
  lineOffset?: number;
}

/**
 * Deep enough for any profile or catalog (they nest five or six levels), shallow enough that no
 * recursive step after parsing can run out of stack, whatever the stack size.
 */
export const defaultMaxDepth = 64;

const tooDeepMessage = 'the document is nested too deeply to read';

const yamlErrorCodes: Partial<Record<string, string>> = {
  MULTIPLE_DOCS: 'yaml-multiple-documents',
  TAB_AS_INDENT: 'yaml-tab-indent',
  // The yaml library catches the stack overflow of a deeply nested document and reports it so.
  RESOURCE_EXHAUSTION: 'yaml-too-deep',
};

const yamlErrorHints: Partial<Record<string, string>> = {
  MULTIPLE_DOCS: 'this file holds one document; remove the extra "---" separator',
  TAB_AS_INDENT: 'YAML indents with spaces only; replace the tab with spaces',
  NON_STRING_KEY: 'write the key as plain text',
};

/** The library's wording where it names its own API or is unclear to someone editing a file. */
const yamlErrorMessages: Partial<Record<string, string>> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document',
  NON_STRING_KEY: 'a key must be plain text, not a list, a mapping or an alias',
};

/**
 * Parses one YAML document so that any later problem can point at its line. A file in the plain
 * subset that catalogs and profiles use is read by the fast reader (yaml-fast.ts); its positions
 * are worked out by the full parse only if some check finds a problem to point at.
 */
export function parseYaml(text: string, file: string, limits: YamlLimits): ParsedYaml {
  const fast = parseYamlFast(text);
  if (fast === undefined) return parseYamlWithPositions(text, file, limits);
  let full: ParsedYaml | undefined;
  return { value: fast.value, problems: [], locate: (path, target) => (full ??= parseYamlWithPositions(text, file, limits)).locate(path, target) };
}

/** The yaml library's full parse: every node keeps its position, and every problem is reported. */
export function parseYamlWithPositions(text: string, file: string, limits: YamlLimits): ParsedYaml {
  const maxDepth = limits.maxDepth ?? defaultMaxDepth;
  const lineCounter = new LineCounter();
  const lines = text.split(/\r?\n/);
  const lineOffset = limits.lineOffset ?? 0;
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col, sourceLine: lines[line - 1] ?? '' };
  };
  const problemAt = (offset: number, code: string, message: string, hint?: string): Problem => ({
    code,
    severity: 'error',
    message,
    file,
    ...positionAt(offset),
    ...(hint ? { hint } : {}),
  });
  const tooDeep = (offset: number) => problemAt(offset, 'yaml-too-deep', tooDeepMessage, `flatten the structure; etr reads at most ${maxDepth} levels of nesting`);

  let doc: Document.Parsed;
  try {
    // uniqueKeys is off because the library checks it in quadratic time (a file of 100,000 keys
    // would take minutes); duplicates are found below in one pass. stringKeys makes "1" and 1
    // the same key, as they are in the data, and refuses lists or mappings as keys.
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, stringKeys: true, strict: true });
  } catch (error) {
    if (error instanceof RangeError) return failed(tooDeep(0));
    throw error;
  }

  const locate = indexedLocator(doc, positionAt);

  // A stack overflow can surface at many nesting levels at once; one report of it is enough.
  const overflow = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  if (overflow) return { value: undefined, locate, problems: [tooDeep(overflow.pos[0])] };

  const shape = inspect(doc, maxDepth);
  if (shape.tooDeepAt !== undefined) return { value: undefined, locate, problems: [tooDeep(shape.tooDeepAt)] };

  const problems: Problem[] = [
    ...doc.errors.map((error) => {
      const offset = errorOffset(doc, text, error.code, error.message, error.pos[0]);
      if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message) && offset !== error.pos[0]) {
        const quote = text[offset] ?? '"';
        return problemAt(offset, 'yaml-syntax', `the text quoted here has no closing ${quote}`, `add the closing ${quote}${quote === "'" ? ", and write a ' inside the text as ''" : ', and write a " inside the text as \\"'}`);
      }
      return problemAt(
        offset,
        yamlErrorCodes[error.code] ?? 'yaml-syntax',
        yamlErrorMessages[error.code] ?? syntaxMessage(error.message),
        yamlErrorHints[error.code] ?? 'fix the YAML syntax at this position',
      );
    }),
    ...shape.longKeys.map((offset) => problemAt(offset, 'yaml-syntax', `a key longer than ${maxKeyLength} characters`, 'keys are names; shorten it')),
    ...shape.tags.map(({ tag, offset }) =>
      problemAt(tagStart(text, offset), 'yaml-unsupported-tag', `the tag ${shorten(tag)} is not supported: etr reads plain mappings, lists, texts and numbers`, 'remove the tag; write a mapping as "key: value" lines and a list as "- item" lines'),
    ),
    ...shape.duplicates.map(({ key, offset, firstOffset }) =>
      problemAt(
        offset,
        'yaml-duplicate-key',
        `the key "${shorten(key)}" appears twice in this mapping (first on line ${positionAt(firstOffset).line})`,
        'each key may appear once in a mapping; remove or rename one of them',
      ),
    ),
  ];
  if (problems.length > 0) return { value: undefined, locate, problems: problems.sort((a, b) => a.line! - b.line! || a.column! - b.column!) };

  if (doc.contents === null) {
    return { value: undefined, locate, problems: [problemAt(0, 'yaml-empty', 'the file holds no YAML document', 'see the README for the expected format')] };
  }

  if (shape.unresolvedAlias) {
    // An alias to an anchor that was never defined is a typo, not an attack.
    const { name, offset } = shape.unresolvedAlias;
    return { value: undefined, locate, problems: [problemAt(offset, 'yaml-unknown-alias', `the alias *${shorten(name)} refers to no anchor`, `define the anchor (&${shorten(name)}) before this alias, or fix its name`)] };
  }

  try {
    return { value: doc.toJS({ maxAliasCount: limits.maxAliasCount }), locate, problems: [] };
  } catch (error) {
    if (error instanceof ReferenceError) {
      return {
        value: undefined,
        locate,
        problems: [
          problemAt(
            shape.firstAliasOffset ?? 0,
            'yaml-alias-limit',
            `the document expands its aliases (*name) more than ${limits.maxAliasCount} times, as a resource-exhaustion attack does`,
            'write the repeated data out instead of referring to anchors, or use fewer aliases',
          ),
        ],
      };
    }
    // Only the stack can run out here, and the depth limit above is meant to prevent that.
    if (error instanceof RangeError) return { value: undefined, locate, problems: [tooDeep(shape.firstAliasOffset ?? 0)] };
    // Anything else the library refuses while building the data (a malformed tagged value, say)
    // is still a fault of the text, not of etr.
    const message = error instanceof Error ? error.message : String(error);
    return { value: undefined, locate, problems: [problemAt(0, 'yaml-syntax', `the document cannot be read: ${shorten(message, 120)}`, 'fix the YAML; see the README for the expected format')] };
  }

  function failed(problem: Problem): ParsedYaml {
    return { value: undefined, locate: () => ({ line: 1 + lineOffset, column: 1, sourceLine: lines[0] ?? '' }), problems: [problem] };
  }
}

/** The first line of a library message, without its own position (we render ours), lower-cased. */
function syntaxMessage(message: string): string {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  return /^[A-Z][a-z]/.test(first) ? first.charAt(0).toLowerCase() + first.slice(1) : first;
}

/** A value quoted in a message: a key of a megabyte must not make a message of a megabyte. */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Where an error is best shown. The library puts an unclosed quote's error at the end of the
 * file, and a badly indented entry's at the start of its line; the opening quote and the
 * entry's first character are what the reader has to fix.
 */
function errorOffset(doc: Document.Parsed, text: string, code: string, message: string, offset: number): number {
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
    const opening = unclosedQuoteStart(doc, offset);
    if (opening !== undefined) return opening;
  }
  // Within a line's indentation, point at the entry the indentation belongs to.
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] === ' ') lineStart--;
  if (lineStart === 0 || text[lineStart - 1] === '\n') {
    let at = offset;
    while (text[at] === ' ') at++;
    if (at < text.length && text[at] !== '\n' && text[at] !== '\r') return at;
  }
  return offset;
}

/** The quoted scalar that runs up to the error, i.e. the one whose closing quote is missing. */
function unclosedQuoteStart(doc: Document.Parsed, errorOffset: number): number | undefined {
  let best: number | undefined;
  walk(doc.contents, (node) => {
    if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range) {
      const [start, end] = node.range;
      if (start <= errorOffset && end >= errorOffset - 1 && (best === undefined || start > best)) best = start;
    }
  });
  return best;
}

/** Visits every node in document order (pre-order), without recursion, so depth cannot overflow. */
function walk(root: unknown, visit: (node: Node, depth: number) => void | 'skip'): void {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || node === undefined) continue;
    if (isPair(node)) {
      stack.push({ node: node.value, depth }, { node: node.key, depth });
      continue;
    }
    if (visit(node as Node, depth) === 'skip') continue;
    if (isMap(node) || isSeq(node)) {
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) stack.push({ node: items[i], depth: depth + 1 });
    }
  }
}

const maxKeyLength = 1024;

/**
 * The tags a document may give explicitly: YAML's core schema. Others make values that are not
 * plain data (!!omap a Map, !!set a Set, !!binary bytes, !!timestamp a Date), which every check
 * after parsing would read as an empty mapping or not at all; a tag of one's own (!foo) means
 * nothing to etr. Either is refused where it stands, never read as something else.
 */
const coreTags = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/** Where the tag of the node at `offset` is written: in the word before it, after any "[", "{" or ",". */
function tagStart(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  for (let at = start; at < end; at++) if (text[at] === '!' && (at === start || '[{,'.includes(text[at - 1]!))) return at;
  return offset;
}

/** A tag as written: "!!omap" for YAML's own, else as it stands. */
function shownTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

interface Shape {
  duplicates: { key: string; offset: number; firstOffset: number }[];
  longKeys: number[];
  /** Explicit tags outside the core schema. */
  tags: { tag: string; offset: number }[];
  /** Where the nesting first goes deeper than allowed. */
  tooDeepAt?: number;
  unresolvedAlias?: { name: string; offset: number };
  firstAliasOffset?: number;
}

/** One linear pass: duplicate keys, nesting depth, and aliases that refer to no earlier anchor. */
function inspect(doc: Document.Parsed, maxDepth: number): Shape {
  const shape: Shape = { duplicates: [], longKeys: [], tags: [] };
  const anchors = new Set<string>();
  walk(doc.contents, (node, depth) => {
    if (shape.tooDeepAt !== undefined) return 'skip';
    if (depth > maxDepth && (isMap(node) || isSeq(node))) {
      shape.tooDeepAt = node.range?.[0] ?? 0;
      return 'skip';
    }
    if (node.anchor) anchors.add(node.anchor);
    if (node.tag !== undefined && !coreTags.has(node.tag)) shape.tags.push({ tag: shownTag(node.tag), offset: node.range?.[0] ?? 0 });
    if (isAlias(node)) {
      shape.firstAliasOffset ??= node.range?.[0] ?? 0;
      if (!anchors.has(node.source) && !shape.unresolvedAlias) shape.unresolvedAlias = { name: node.source, offset: node.range?.[0] ?? 0 };
      return 'skip';
    }
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue; // a list, mapping or alias as key is a NON_STRING_KEY error already
        const key = String(pair.key.value);
        const offset = pair.key.range?.[0] ?? 0;
        // YAML itself limits implicit keys to 1024 characters; explicit ("? …") keys get the same
        // limit, so no message that quotes a key can grow to megabytes.
        if (key.length > maxKeyLength) shape.longKeys.push(offset);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, offset);
        else shape.duplicates.push({ key, offset, firstOffset: first });
      }
    }
    return undefined;
  });
  return shape;
}

/**
 * `locate` for a document: walks along the path, where the path ends early the deepest node found
 * is used. Each mapping's keys are indexed on first use, so locating many problems in a large
 * mapping stays linear.
 */
function indexedLocator(doc: Document.Parsed, positionAt: (offset: number) => Position): ParsedYaml['locate'] {
  const indexes = new WeakMap<object, Map<string, Pair>>();
  const pairOf = (map: { items: Pair[] }, segment: PropertyKey): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        if (isScalar(item.key)) {
          const key = String(item.key.value);
          if (!index.has(key)) index.set(key, item);
        }
      }
      indexes.set(map, index);
    }
    return index.get(String(segment));
  };
  return (path, target = 'value') => positionAt(findOffset(doc, path, target, pairOf));
}

function findOffset(doc: Document.Parsed, path: DataPath, target: 'key' | 'value', pairOf: (map: { items: Pair[] }, segment: PropertyKey) => Pair | undefined): number {
  let node: Node | null | undefined = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairOf(node as { items: Pair[] }, segment);
      if (!pair) return offset;
      const key = pair.key as Node;
      if (last && target === 'key') return key.range?.[0] ?? offset;
      node = pair.value as Node | null;
      offset = node?.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined || isPair(item)) return offset;
      node = item as Node;
      offset = node.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}
