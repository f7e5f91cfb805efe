import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { formatBytes } from './bytes.js';
import { says, type Problem } from './problem.js';
import type { ProblemCode } from './problem-codes.js';
import type { Text } from './text.js';
import { parseYamlFast } from './yaml-fast.js';
import { fastLocator } from './yaml-fast-positions.js';

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
  /** The largest text, in UTF-8 bytes, read by the yaml library (default {@link defaultMaxSlowYamlBytes}). */
  maxSlowYamlBytes?: number;
}

/**
 * YAML the fast reader leaves to the yaml library (a flow collection over several lines, anchors,
 * tags…) is read only up to this size. The library keeps every node with its position: measured
 * on Node 20, some 80 bytes of memory and 2–4 µs a character, so an 8 MB catalog file written as
 * one flow list took half a minute and over a gigabyte. 2 MiB (some 200 MB, a few seconds) is ten
 * times the largest file of the built-in catalog; a larger file in the plain form is read by the
 * fast reader, whatever its size up to the file limits.
 */
export const defaultMaxSlowYamlBytes = 2 * 1024 * 1024;

/**
 * Deep enough for any profile or catalog (they nest five or six levels), shallow enough that no
 * recursive step after parsing can run out of stack, whatever the stack size.
 */
export const defaultMaxDepth = 64;

const tooDeepMessage: Text = { en: 'the document is nested too deeply to read', zh: '文档嵌套太深，无法读取' };

const yamlErrorCodes: Partial<Record<string, ProblemCode>> = {
  MULTIPLE_DOCS: 'yaml-multiple-documents',
  TAB_AS_INDENT: 'yaml-tab-indent',
  // The yaml library catches the stack overflow of a deeply nested document and reports it so.
  RESOURCE_EXHAUSTION: 'yaml-too-deep',
};

const yamlErrorHints: Partial<Record<string, Text>> = {
  MULTIPLE_DOCS: { en: 'this file holds one document; remove the extra "---" separator', zh: '这个文件只应有一个文档；请删除多余的“---”分隔线' },
  TAB_AS_INDENT: { en: 'YAML indents with spaces only; replace the tab with spaces', zh: 'YAML 只能用空格缩进；请把制表符换成空格' },
  NON_STRING_KEY: { en: 'write the key as plain text', zh: '请把键写成普通文本' },
};
const readmeFormat: Text = { en: 'see the README for the expected format', zh: '格式见 README' };
const syntaxHint: Text = { en: 'fix the YAML syntax at this position', zh: '请修正此处的 YAML 语法' };

/** The library's wording where it names its own API or is unclear to someone editing a file. */
const yamlErrorMessages: Partial<Record<string, string>> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document',
  NON_STRING_KEY: 'a key must be plain text, not a list, a mapping or an alias',
};

/**
 * The library's messages in Chinese, by its error code. Its English wording is kept for English
 * (as etr always printed it); a code not listed here gets a general Chinese message, since the
 * position and the caret already show where.
 */
const yamlErrorMessagesZh: Partial<Record<string, string>> = {
  MULTIPLE_DOCS: '文件中有不止一个 YAML 文档',
  NON_STRING_KEY: '键必须是普通文本，不能是列表、映射或别名',
  TAB_AS_INDENT: '不能用制表符缩进',
  BAD_INDENT: '缩进不对',
  MISSING_CHAR: '缺少字符（如右引号或右括号）',
  BAD_DQ_ESCAPE: '双引号文本中有无效的转义序列',
  BLOCK_AS_IMPLICIT_KEY: '键的位置不能是嵌套块',
  MULTILINE_IMPLICIT_KEY: '键不能跨行；可能是缺少冒号或缩进不对',
  UNEXPECTED_TOKEN: '此处出现了不该有的内容',
  BAD_SCALAR_START: '文本不能以这个字符开头；请给它加上引号',
  DUPLICATE_KEY: '同一个映射中键重复',
  KEY_OVER_1024_CHARS: '键太长',
  BLOCK_IN_FLOW: '方括号或花括号内不能有缩进块',
  MULTIPLE_ANCHORS: '一个节点只能有一个锚点',
  MULTIPLE_TAGS: '一个节点只能有一个标签',
  BAD_ALIAS: '别名写法有误',
  ALIAS_PROPS: '别名不能带锚点或标签',
  BAD_DIRECTIVE: '指令写法有误',
  BAD_PROP_ORDER: '锚点和标签必须写在值之前',
  TAG_RESOLVE_FAILED: '无法解析这个标签',
};

/**
 * Parses one YAML document so that any later problem can point at its line. A file in the plain
 * subset that catalogs and profiles use is read by the fast reader (yaml-fast.ts), without
 * positions: they are worked out only if some check finds a problem to point at, by reading the
 * file again with the fast reader noting them (yaml-fast-positions.ts), which costs about one and a
 * half times the first read, where the yaml library would cost several times the time and memory.
 */
export function parseYaml(text: string, file: string, limits: YamlLimits): ParsedYaml {
  const stop = { line: 1 };
  const fast = parseYamlFast(text, stop);
  if (fast === undefined) {
    const limit = limits.maxSlowYamlBytes ?? defaultMaxSlowYamlBytes;
    // In bytes, as file sizes are: worked out only here, where the library would cost far more.
    const size = text.length > limit / 4 ? Buffer.byteLength(text) : 0;
    return size > limit ? tooLargeForSlowReading(text, file, limits, { line: stop.line, size, limit }) : parseYamlWithPositions(text, file, limits);
  }
  let locate: ParsedYaml['locate'] | undefined;
  // The library only if the second read gives up, which it cannot do where the first did not.
  const locator = () => fastLocator(text, limits.lineOffset) ?? parseYamlWithPositions(text, file, limits).locate;
  return { value: fast.value, problems: [], locate: (path, target) => (locate ??= locator())(path, target) };
}

/**
 * A file too long for the yaml library, refused before it is parsed: located at the line where
 * the plain form stopped, so that its author sees what to rewrite.
 */
function tooLargeForSlowReading(text: string, file: string, limits: YamlLimits, { line, size, limit }: { line: number; size: number; limit: number }): ParsedYaml {
  const lineOffset = limits.lineOffset ?? 0;
  const lineStart = nthLineStart(text, line);
  const lineEnd = text.indexOf('\n', lineStart);
  // A flow list can be one line of megabytes: the line shown is cut short.
  const sourceLine = text.slice(lineStart, Math.min(lineEnd < 0 ? text.length : lineEnd, lineStart + 200)).replace(/\r$/, '');
  const problem: Problem = {
    code: 'yaml-too-large',
    severity: 'error',
    ...says(
      {
        en: `from this line on the file is not in the plain block form of YAML that etr reads quickly; a file written otherwise may be at most ${formatBytes(limit)}, and this one is ${formatBytes(size)}`,
        zh: `文件从这一行起不是 etr 能快速读取的简单块格式 YAML；其他写法的文件最大只能是 ${formatBytes(limit, 'zh')}，这个文件有 ${formatBytes(size, 'zh')}`,
      },
      {
        en: 'write it as block YAML, one "- " item or "key: value" per line, with [ ] and { } only on one line each (anchors, tags and lists over several lines are what makes it slow); see the README for the format',
        zh: '请写成块格式 YAML：每行一个“- ”条目或“键: 值”，[ ] 和 { } 只写在一行之内（锚点、标签和跨多行的列表会让读取变慢）；格式见 README',
      },
    ),
    file,
    line: line + lineOffset,
    column: 1,
    sourceLine,
  };
  return { value: undefined, locate: () => ({ line: line + lineOffset, column: 1, sourceLine }), problems: [problem] };
}

/** The offset at which line `line` (from 1) starts. */
function nthLineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line && at >= 0; n++) at = text.indexOf('\n', at) + 1 || -1;
  return Math.max(at, 0);
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
  const problemAt = (offset: number, code: ProblemCode, message: Text, hint?: Text): Problem => ({
    code,
    severity: 'error',
    ...says(message, hint),
    file,
    ...positionAt(offset),
  });
  const tooDeep = (offset: number) => problemAt(offset, 'yaml-too-deep', tooDeepMessage, { en: `flatten the structure; etr reads at most ${maxDepth} levels of nesting`, zh: `请减少嵌套；etr 最多读取 ${maxDepth} 层` });

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
        const inside: Text = quote === "'" ? { en: ", and write a ' inside the text as ''", zh: "；文本中的 ' 要写成 ''" } : { en: ', and write a " inside the text as \\"', zh: '；文本中的 " 要写成 \\"' };
        return problemAt(offset, 'yaml-syntax', { en: `the text quoted here has no closing ${quote}`, zh: `这里用引号括起的文本缺少结尾的 ${quote}` }, { en: `add the closing ${quote}${inside.en}`, zh: `请补上结尾的 ${quote}${inside.zh}` });
      }
      return problemAt(
        offset,
        yamlErrorCodes[error.code] ?? 'yaml-syntax',
        { en: yamlErrorMessages[error.code] ?? syntaxMessage(error.message), zh: yamlErrorMessagesZh[error.code] ?? 'YAML 语法有误' },
        yamlErrorHints[error.code] ?? syntaxHint,
      );
    }),
    ...shape.longKeys.map((offset) => problemAt(offset, 'yaml-syntax', { en: `a key longer than ${maxKeyLength} characters`, zh: `键超过了 ${maxKeyLength} 个字符` }, { en: 'keys are names; shorten it', zh: '键是名称，请改短' })),
    ...shape.tags.map(({ tag, offset }) =>
      problemAt(
        tagStart(text, offset),
        'yaml-unsupported-tag',
        { en: `the tag ${shorten(tag)} is not supported: etr reads plain mappings, lists, texts and numbers`, zh: `不支持标签 ${shorten(tag)}：etr 只读取普通的映射、列表、文本和数字` },
        { en: 'remove the tag; write a mapping as "key: value" lines and a list as "- item" lines', zh: '请删除该标签；映射写成“key: value”行，列表写成“- item”行' },
      ),
    ),
    ...shape.duplicates.map(({ key, offset, firstOffset }) =>
      problemAt(
        offset,
        'yaml-duplicate-key',
        { en: `the key "${shorten(key)}" appears twice in this mapping (first on line ${positionAt(firstOffset).line})`, zh: `键“${shorten(key)}”在这个映射中出现了两次（第一次在第 ${positionAt(firstOffset).line} 行）` },
        { en: 'each key may appear once in a mapping; remove or rename one of them', zh: '同一映射中每个键只能出现一次；请删除或改名其中一个' },
      ),
    ),
  ];
  if (problems.length > 0) return { value: undefined, locate, problems: problems.sort((a, b) => a.line! - b.line! || a.column! - b.column!) };

  if (doc.contents === null) {
    return { value: undefined, locate, problems: [problemAt(0, 'yaml-empty', { en: 'the file holds no YAML document', zh: '文件中没有 YAML 文档' }, readmeFormat)] };
  }

  if (shape.unresolvedAlias) {
    // An alias to an anchor that was never defined is a typo, not an attack.
    const { name, offset } = shape.unresolvedAlias;
    const message = { en: `the alias *${shorten(name)} refers to no anchor`, zh: `别名 *${shorten(name)} 没有对应的锚点` };
    return { value: undefined, locate, problems: [problemAt(offset, 'yaml-unknown-alias', message, { en: `define the anchor (&${shorten(name)}) before this alias, or fix its name`, zh: `请在这个别名之前定义锚点（&${shorten(name)}），或改正别名` })] };
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
            { en: `the document expands its aliases (*name) more than ${limits.maxAliasCount} times, as a resource-exhaustion attack does`, zh: `文档展开别名（*name）超过 ${limits.maxAliasCount} 次，与资源耗尽攻击的手法相同` },
            { en: 'write the repeated data out instead of referring to anchors, or use fewer aliases', zh: '请直接写出重复的数据而不是引用锚点，或少用别名' },
          ),
        ],
      };
    }
    // Only the stack can run out here, and the depth limit above is meant to prevent that.
    if (error instanceof RangeError) return { value: undefined, locate, problems: [tooDeep(shape.firstAliasOffset ?? 0)] };
    // Anything else the library refuses while building the data (a malformed tagged value, say)
    // is still a fault of the text, not of etr.
    const message = error instanceof Error ? error.message : String(error);
    const words = { en: `the document cannot be read: ${shorten(message, 120)}`, zh: '无法读取该文档' };
    return { value: undefined, locate, problems: [problemAt(0, 'yaml-syntax', words, { en: 'fix the YAML; see the README for the expected format', zh: '请修正 YAML；格式见 README' })] };
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
