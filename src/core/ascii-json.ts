/**
 * JSON with every character outside printable ASCII written as a \u escape: the same value, in a
 * file that V8 reads into a string of one byte a character and parses as such, some four times
 * faster than UTF-8 with Chinese texts (docs/performance.md). The compiled built-in catalog and the
 * catalog cache's entries are written so.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
