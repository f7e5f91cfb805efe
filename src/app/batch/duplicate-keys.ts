/** A key that appears twice in one object of a JSON text; columns count UTF-16 code units from 1. */
export interface DuplicateKey {
  key: string;
  column: number;
  firstColumn: number;
}

/**
 * Every key of valid JSON `text` that its object already has, in one pass. JSON.parse keeps the
 * last of two equal keys without a word, where YAML calls them an error; a profile line with two
 * riskAppetites is a mistake to report, not to resolve. The text must be valid JSON (JSON.parse
 * has read it): then a string followed by a colon is always a key.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // The keys of each open object (an array has none), by where each first stands.
  const open: (Map<string, number> | undefined)[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7b) open.push(new Map());
    else if (code === 0x5b) open.push(undefined);
    else if (code === 0x7d || code === 0x5d) open.pop();
    else if (code === 0x22) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c) {
          escaped = true;
          i++;
        } else if (c === 0x22) break;
      }
      const keys = open[open.length - 1];
      if (keys === undefined) continue;
      let next = i + 1;
      while (next < text.length && isJsonSpace(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) !== 0x3a) continue;
      const key = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : text.slice(start + 1, i);
      const first = keys.get(key);
      if (first === undefined) keys.set(key, start + 1);
      else found.push({ key, column: start + 1, firstColumn: first });
    }
  }
  return found;
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
