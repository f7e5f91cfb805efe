import { Entries } from '../profile/entries.js';
import { profileFields as fields } from '../profile/schema.js';

/** A line without a backslash (an escape) or a control character (a tab, say); others go to JSON.parse. */
const usual = /^[^\u0000-\u001f\\]*$/;

/**
 * A profile on one JSON line, read without JSON.parse when it has the usual shape: an object of
 * the profile's fields, each once, holding strings without escapes, numbers, lists of strings,
 * and the `skills` and `weights` mappings; spaces wherever JSON allows white space. `skills`
 * comes back as Entries (its keys and values in order), every other value as JSON.parse gives it.
 * Undefined for any other line, even valid JSON, which the caller then gives to JSON.parse.
 *
 * Why: JSON.parse gives each new order of skill keys a hidden class of its own, which for a
 * batch of thousands of people costs more than reading the lines. test/batch/json-line.test.ts
 * holds the two readers equal.
 *
 * Written as plain loops over one string, without callbacks or regular expressions per value:
 * a batch's first few hundred lines are read before V8 has optimised anything.
 */
export function readJsonProfile(line: string): Record<string, unknown> | undefined {
  if (!usual.test(line)) return undefined;
  text = line;
  at = 0;
  const profile = readProfile();
  space();
  text = '';
  return profile !== undefined && at === line.length ? profile : undefined;
}

// The line being read and the position in it; every reader below returns undefined (or false)
// at anything it does not expect, and the line then goes to JSON.parse.
let text = '';
let at = 0;

function readProfile(): Record<string, unknown> | undefined {
  const profile: Record<string, unknown> = {};
  if (!take(0x7b)) return undefined;
  if (take(0x7d)) return profile;
  // The fields read so far, a bit each.
  let seen = 0;
  do {
    const key = readString();
    // The key as one of `fields`: a string just cut from the line would have to be looked up
    // in V8's table of names for every property it sets.
    const field = key === undefined ? -1 : fields.indexOf(key as (typeof fields)[number]);
    if (field < 0 || (seen & (1 << field)) !== 0 || !take(0x3a)) return undefined;
    seen |= 1 << field;
    const name = fields[field]!;
    // A number of one or two digits right after the colon (years of experience) is read here;
    // readNumber, for every other number, then runs so seldom that V8 need not optimise it.
    const digits = plainDigits(at);
    const value = digits >= 0 ? digits : name === 'skills' ? readEntries() : name === 'weights' ? readNumbers() : name === 'interests' || name === 'exclude' ? readStrings() : readScalar();
    if (digits >= 0) at += digits < 10 ? 1 : 2;
    if (value === undefined) return undefined;
    profile[name] = value;
  } while (take(0x2c));
  return take(0x7d) ? profile : undefined;
}

/** The most skills the usual line has here; see readEntries. */
const maxEntries = 64;

/** A mapping of names to levels (numbers or words), each name once. */
function readEntries(): Entries | undefined {
  const keys: string[] = [];
  const values: (string | number)[] = [];
  if (!take(0x7b)) return undefined;
  if (take(0x7d)) return new Entries(keys, values);
  for (;;) {
    // The usual entry, "key":digit with no spaces, is read right here: a batch's first thousand
    // profiles are read before V8 has optimised anything, when every call costs. Any other entry
    // goes through the readers below.
    let key: string | undefined;
    let value: string | number | undefined;
    const end = text.charCodeAt(at) === 0x22 ? text.indexOf('"', at + 1) : -1;
    const digit = end >= 0 && text.charCodeAt(end + 1) === 0x3a ? plainDigit(end + 2) : -1;
    if (digit >= 0) {
      key = text.slice(at + 1, end);
      value = digit;
      at = end + 3;
    } else {
      key = readString();
      if (key === undefined || !take(0x3a)) return undefined;
      value = readScalar();
    }
    // JSON.parse keeps the last of two equal keys, and puts keys that are numbers ("2") first;
    // a profile's skills hardly ever do either. Nor do they number more than a few dozen: a
    // longer list goes to JSON.parse, so that looking for repeats here never takes quadratic time.
    if (value === undefined || keys.length >= maxEntries || keys.includes(key) || isDigits(key)) return undefined;
    keys.push(key);
    values.push(value);
    const next = text.charCodeAt(at);
    if (next === 0x2c) at++;
    else if (next === 0x7d) {
      at++;
      return new Entries(keys, values);
    } else if (!take(0x2c)) return take(0x7d) ? new Entries(keys, values) : undefined;
  }
}

/** A mapping of names to numbers (the weights). */
function readNumbers(): Record<string, number> | undefined {
  const numbers: Record<string, number> = {};
  if (!take(0x7b)) return undefined;
  if (take(0x7d)) return numbers;
  do {
    const key = readString();
    // "__proto__" would set the prototype here, where JSON.parse makes a property of it.
    if (key === undefined || key === '__proto__' || Object.hasOwn(numbers, key) || !take(0x3a)) return undefined;
    const value = readNumber();
    if (value === undefined) return undefined;
    numbers[key] = value;
  } while (take(0x2c));
  return take(0x7d) ? numbers : undefined;
}

/** `[ "…", … ]` */
function readStrings(): string[] | undefined {
  const strings: string[] = [];
  if (!take(0x5b)) return undefined;
  if (take(0x5d)) return strings;
  do {
    const item = readString();
    if (item === undefined) return undefined;
    strings.push(item);
  } while (take(0x2c));
  return take(0x5d) ? strings : undefined;
}

function readScalar(): string | number | undefined {
  space();
  return text.charCodeAt(at) === 0x22 ? readString() : readNumber();
}

/** A string; `usual` has made sure the line has no escapes. */
function readString(): string | undefined {
  space();
  if (text.charCodeAt(at) !== 0x22) return undefined;
  const end = text.indexOf('"', at + 1);
  if (end < 0) return undefined;
  const value = text.slice(at + 1, end);
  at = end + 1;
  return value;
}

/** A number in JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
function readNumber(): number | undefined {
  space();
  const start = at;
  if (text.charCodeAt(at) === 0x2d) at++;
  const first = text.charCodeAt(at);
  if (first === 0x30) at++;
  else if (first >= 0x31 && first <= 0x39) skipDigits();
  else return undefined;
  // A whole number of a few digits, the usual level or years, is its own value; anything
  // longer or with a fraction or exponent is converted as JSON.parse converts it.
  let plain = at - start <= 9;
  if (text.charCodeAt(at) === 0x2e) {
    at++;
    if (!skipDigits()) return undefined;
    plain = false;
  }
  const e = text.charCodeAt(at);
  if (e === 0x65 || e === 0x45) {
    at++;
    const sign = text.charCodeAt(at);
    if (sign === 0x2b || sign === 0x2d) at++;
    if (!skipDigits()) return undefined;
    plain = false;
  }
  if (!plain || text.charCodeAt(start) === 0x2d) return Number(text.slice(start, at));
  let value = 0;
  for (let i = start; i < at; i++) value = value * 10 + (text.charCodeAt(i) - 0x30);
  return value;
}

/** The digit at `from`, when it is a whole value: followed by a comma or a closing brace. Else -1. */
function plainDigit(from: number): number {
  const digit = text.charCodeAt(from) - 0x30;
  const next = text.charCodeAt(from + 1);
  return digit >= 0 && digit <= 9 && (next === 0x2c || next === 0x7d) ? digit : -1;
}

/** plainDigit, or two digits that are a whole value (not starting with 0, as JSON has it). Else -1. */
function plainDigits(from: number): number {
  const one = plainDigit(from);
  if (one >= 0) return one;
  const tens = text.charCodeAt(from) - 0x30;
  const ones = plainDigit(from + 1);
  return tens >= 1 && tens <= 9 && ones >= 0 ? tens * 10 + ones : -1;
}

/** Whether a key is all digits: such a key, as an array index, comes first among an object's. */
function isDigits(key: string): boolean {
  if (key === '') return false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Skips one digit or more; false if there is none. */
function skipDigits(): boolean {
  const start = at;
  for (let code = text.charCodeAt(at); code >= 0x30 && code <= 0x39; code = text.charCodeAt(++at));
  return at > start;
}

/** Consumes the character `code` (after spaces) if it is next. */
function take(code: number): boolean {
  space();
  if (text.charCodeAt(at) !== code) return false;
  at++;
  return true;
}

/** Spaces: JSON's other white space (tabs, line ends) is left to JSON.parse by `usual`. */
function space(): void {
  // Bounded: charCodeAt past the end, though it gives NaN, makes V8 throw away optimised code.
  while (at < text.length && text.charCodeAt(at) === 0x20) at++;
}

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
