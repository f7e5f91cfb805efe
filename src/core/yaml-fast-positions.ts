/**
 * Positions for a file the fast reader (yaml-fast.ts) reads, without the yaml library.
 *
 * Why: a file in the plain subset is read without positions, and once a check finds something
 * to point at, its positions are needed. The library would give them at some 80 bytes of memory
 * and 2–4 µs a character (a warning in a 3 MB catalog file doubled `etr validate`'s time and
 * memory); reading the file again with the fast reader, noting where each key and value starts,
 * costs about one and a half times the first read (on that file: 0.24 s and 23 MB kept, against
 * some 2 s and 160 MB more), and only once a file has a problem to show.
 *
 * The locator walks a path exactly as core/yaml.ts walks the library's nodes, and gives the same
 * line and column: test/core/yaml-fast-positions.test.ts checks this differentially.
 */
import { parseYamlFast, type PositionRecorder } from './yaml-fast.js';

/**
 * Where each key and value starts, noted as the reader reports them: as offsets into the text,
 * in the order reported, so spot 0 is the document's. A mapping's entry notes the spot of its key,
 * and its value's is the next one (the recorder's contract); a sequence notes the spots of its
 * items' values. Arrays of numbers, and a mapping's keys put in a Map only when a path goes
 * through it: some 60 bytes a key or value (14 MB for a skills.yaml of 3.2 MB and 13,900 skills,
 * where the library's nodes took some 160 MB).
 */
class Notes implements PositionRecorder {
  readonly spots: number[] = [];
  /** Per mapping: its keys and their spots, in turn (key, spot, key, spot…). */
  private readonly entries = new Map<object, (string | number)[]>();
  private readonly indexes = new Map<object, Map<string, number>>();
  readonly items = new Map<unknown[], number[]>();

  /** `lineStarts[line]` is the offset at which each line (from 0) starts. */
  constructor(private readonly lineStarts: readonly number[]) {}

  entry(mapping: object, key: string, line: number, column: number): void {
    let entries = this.entries.get(mapping);
    if (!entries) this.entries.set(mapping, (entries = []));
    entries.push(key, this.spots.length);
    this.value(line, column);
  }

  item(sequence: unknown[]): void {
    let items = this.items.get(sequence);
    if (!items) this.items.set(sequence, (items = []));
    items.push(this.spots.length);
  }

  value(line: number, column: number): void {
    this.spots.push(this.lineStarts[line]! + column);
  }

  /** The spot of the key `key` of `mapping`, if it has one. */
  keySpot(mapping: object, key: string): number | undefined {
    let index = this.indexes.get(mapping);
    if (!index) {
      index = new Map();
      const entries = this.entries.get(mapping) ?? [];
      for (let i = 0; i < entries.length; i += 2) index.set(entries[i] as string, entries[i + 1] as number);
      this.indexes.set(mapping, index);
    }
    return index.get(key);
  }
}

export interface FastPosition {
  /** From 1, counting `lineOffset` lines before the text. */
  line: number;
  /** From 1. */
  column: number;
  sourceLine: string;
}

/**
 * A `locate` for `text` from the fast reader's positions mode, or undefined where the fast reader
 * gives up (never for a text it already read; the caller then asks the library). As with the
 * library's: the value's start, or with `'key'` the start of the last entry's key; where the path
 * leaves the document (a missing key or index, a path into a scalar), the deepest node found.
 */
export function fastLocator(text: string, lineOffset = 0): ((path: readonly PropertyKey[], target?: 'key' | 'value') => FastPosition) | undefined {
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const notes = new Notes(lineStarts);
  const read = parseYamlFast(text, undefined, notes);
  if (read === undefined) return undefined;
  const root = read.value;

  const positionOf = (spot: number): FastPosition => {
    const offset = notes.spots[spot] ?? 0;
    const line = lineAt(lineStarts, offset);
    const start = lineStarts[line]!;
    // The line as the library shows it: without its "\n", or a CRLF's "\r".
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length;
    const sourceLine = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    return { line: line + 1 + lineOffset, column: offset - start + 1, sourceLine };
  };

  return (path, target = 'value') => {
    let value = root;
    let spot = 0;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      if (Array.isArray(value)) {
        // As the library: only a number indexes a sequence.
        const item = typeof segment === 'number' ? notes.items.get(value)?.[segment] : undefined;
        if (item === undefined) break;
        spot = item;
        value = value[segment as number];
      } else if (typeof value === 'object' && value !== null) {
        // As the library: keys are compared as text, so 3 finds the key "3".
        const key = String(segment);
        const keySpot = notes.keySpot(value, key);
        if (keySpot === undefined) break;
        if (i === path.length - 1 && target === 'key') return positionOf(keySpot);
        spot = keySpot + 1;
        value = (value as Record<string, unknown>)[key];
      } else {
        break;
      }
    }
    return positionOf(spot);
  };
}

/** The line (from 0) that holds `offset`: the last line that starts at or before it. */
function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
