import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem } from './problem.js';

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
}

const yamlErrorCodes: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
  TAB_AS_INDENT: 'yaml-tab-indent',
  // The yaml library catches the stack overflow of a deeply nested document and reports it so.
  RESOURCE_EXHAUSTION: 'yaml-too-deep',
};

const yamlErrorHints: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'each key may appear once in a mapping; remove or rename one of them',
  MULTIPLE_DOCS: 'this file holds one document; remove the extra "---" separator',
  TAB_AS_INDENT: 'YAML indents with spaces only; replace the tab with spaces',
  RESOURCE_EXHAUSTION: 'flatten the structure',
};

const yamlErrorMessages: Partial<Record<string, string>> = {
  RESOURCE_EXHAUSTION: 'the document is nested too deeply to read',
};

/** Parses one YAML document, keeping node positions so any later problem can point at its line. */
export function parseYaml(text: string, file: string, limits: YamlLimits): ParsedYaml {
  const lineCounter = new LineCounter();
  const lines = text.split(/\r?\n/);
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, sourceLine: lines[line - 1] ?? '' };
  };
  const problemAt = (offset: number, code: string, message: string, hint?: string): Problem => ({
    code,
    severity: 'error',
    message,
    file,
    ...positionAt(offset),
    ...(hint ? { hint } : {}),
  });

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    if (error instanceof RangeError) {
      return failed(problemAt(0, 'yaml-too-deep', 'the document is nested too deeply to read', 'flatten the structure'));
    }
    throw error;
  }

  const locate = (path: DataPath, target: 'key' | 'value' = 'value'): Position =>
    positionAt(findOffset(doc, path, target));

  // A stack overflow can surface at many nesting levels at once; one report of it is enough.
  const tooDeep = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  const problems: Problem[] = (tooDeep ? [tooDeep] : doc.errors).map((error) =>
    problemAt(
      error.pos[0],
      yamlErrorCodes[error.code] ?? 'yaml-syntax',
      yamlErrorMessages[error.code] ?? firstLine(error.message),
      yamlErrorHints[error.code] ?? 'fix the YAML syntax at this position',
    ),
  );
  if (problems.length > 0) return { value: undefined, locate, problems };

  if (doc.contents === null) {
    return { value: undefined, locate, problems: [problemAt(0, 'yaml-empty', 'the file holds no YAML document', 'see the README for the expected format')] };
  }

  try {
    return { value: doc.toJS({ maxAliasCount: limits.maxAliasCount }), locate, problems: [] };
  } catch (error) {
    const unresolved = firstUnresolvedAlias(doc);
    if (error instanceof ReferenceError && unresolved) {
      // An alias to an anchor that was never defined is a typo, not an attack.
      return { value: undefined, locate, problems: [problemAt(unresolved.offset, 'yaml-unknown-alias', `the alias *${unresolved.name} refers to no anchor`, `define the anchor (&${unresolved.name}) before this alias, or fix its name`)] };
    }
    if (error instanceof ReferenceError || error instanceof RangeError) {
      return {
        value: undefined,
        locate,
        problems: [
          problemAt(
            firstAliasOffset(doc),
            'yaml-alias-limit',
            `the document expands its aliases (*name) more than ${limits.maxAliasCount} times, as a resource-exhaustion attack does`,
            'write the repeated data out instead of referring to anchors, or use fewer aliases',
          ),
        ],
      };
    }
    throw error;
  }

  function failed(problem: Problem): ParsedYaml {
    return { value: undefined, locate: () => ({ line: 1, column: 1, sourceLine: lines[0] ?? '' }), problems: [problem] };
  }
}

/** The yaml library's messages carry a code frame after the first line; we render our own. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** Walks the document along `path`; where the path ends early, the deepest node found is used. */
function findOffset(doc: Document.Parsed, path: DataPath, target: 'key' | 'value'): number {
  let node: Node | null | undefined = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
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

function firstUnresolvedAlias(doc: Document.Parsed): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) === undefined) {
        found = { name: node.source, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}
