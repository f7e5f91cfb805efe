import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8 } from '../../core/files.js';
import { says, type ChineseWords } from '../../core/problem.js';

/**
 * The records of a batch input, read chunk by chunk so memory stays constant however long the
 * input is: JSON lines (one profile object per line), or a YAML stream (documents separated by
 * `---` lines). The first character that is not white space decides: "{" means JSON lines.
 */
export interface BatchRecord {
  /** 1-based position among the records. */
  index: number;
  /** The input line where the record starts. */
  line: number;
  format: 'json' | 'yaml';
  text: string;
  /** Set (and `text` left empty) when the record is longer than the limit: it is skipped, not kept. */
  tooLarge?: true;
  /** Set (and `text` left empty) when the record's bytes are not UTF-8 text: it is not read. */
  problem?: RecordProblem;
}

/** What makes a record unreadable, where it is in the input. */
export interface RecordProblem {
  code: 'file-encoding';
  message: string;
  line: number;
  column: number;
  hint: string;
  zh: ChineseWords;
}

const documentMarker = /^(?:---|\.\.\.)(?=\s|$)/;
const utf8Bom = [0xef, 0xbb, 0xbf] as const;
const newline = 0x0a;

/**
 * Feed it chunks of bytes (or text) with `push`, then call `end`; each returns the records
 * completed so far. Synchronous per chunk: a generator per line would cost more than advising
 * the profile.
 *
 * The input is read as bytes, as `--profile` reads a file: the limit counts bytes (a line of
 * Chinese text is three bytes a character), a UTF-8 byte-order mark at the start is dropped, a
 * UTF-16 input is one `file-encoding` record (and nothing after it), and a record with bytes that
 * are not UTF-8 is a `file-encoding` record located at the first of them instead of being read
 * with U+FFFD in their place. The usual chunk, valid UTF-8, is checked and decoded in one step.
 */
export class RecordSplitter {
  private format: 'json' | 'yaml' | undefined;
  private index = 0;
  private lineNumber = 0;
  /** The input's first bytes, until there are enough to tell a byte-order mark. */
  private head: Uint8Array | undefined = new Uint8Array(0);
  /** Set for input that is not UTF-8 at all (UTF-16): nothing more is read. */
  private stopped = false;
  /** The unfinished last line of the previous chunks, copied; dropped once it passes the limit. */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private pendingTooLong = false;
  /** The first character, not white space, of the line dropped for being too long (for the format). */
  private longLineStart = '';
  // The YAML document being gathered.
  private document: string[] = [];
  private documentLine = 0;
  private documentSize = 0;
  private documentHasContent = false;
  private documentTooLarge = false;
  /** The first line of the document that is not UTF-8. */
  private documentProblem: RecordProblem | undefined;
  /** `%` directive lines (`%YAML 1.2`) before the document's `---`, which belong to it. */
  private documentDirectives = false;
  /** The document's own `---` line, after its directives, is in it. */
  private documentStarted = false;

  constructor(private readonly maxRecordBytes: number) {}

  push(input: Uint8Array | string): BatchRecord[] {
    const records: BatchRecord[] = [];
    if (this.stopped) return records;
    let chunk = typeof input === 'string' ? Buffer.from(input) : input;
    if (this.head !== undefined) {
      const head = this.head.length === 0 ? chunk : concat([this.head, chunk]);
      const decided = startOf(head);
      if (decided === undefined) {
        this.head = Uint8Array.from(head);
        return records;
      }
      this.head = undefined;
      if (decided === 'utf-16') {
        this.stop(records);
        return records;
      }
      chunk = head.subarray(decided);
    }
    this.split(chunk, records);
    return records;
  }

  end(): BatchRecord[] {
    const records: BatchRecord[] = [];
    if (this.stopped) return records;
    // An input of fewer bytes than a byte-order mark is read as it is.
    if (this.head !== undefined && this.head.length > 0) this.split(this.head, records);
    this.head = undefined;
    if (this.pendingTooLong) this.takeLine('', true, 0, undefined, records);
    else if (this.pendingBytes > 0) this.takeBytes(concat(this.pending), records);
    this.pending = [];
    this.pendingBytes = 0;
    this.pendingTooLong = false;
    if (this.format === 'yaml') this.endDocument(records);
    return records;
  }

  /** The lines a chunk completes; what follows its last line end waits for the next chunk. */
  private split(chunk: Uint8Array, records: BatchRecord[]): void {
    const last = chunk.lastIndexOf(newline);
    if (last < 0) {
      this.keep(chunk);
      return;
    }
    // The line the previous chunks began ends in this one.
    let start = 0;
    if (this.pendingTooLong || this.pendingBytes > 0) {
      const end = chunk.indexOf(newline);
      if (this.pendingTooLong || this.pendingBytes + end > this.maxRecordBytes) {
        if (!this.pendingTooLong) this.noteLongLine([...this.pending, chunk.subarray(0, end)]);
        this.takeLine('', true, 0, undefined, records);
      }
      else this.takeBytes(concat([...this.pending, chunk.subarray(0, end)]), records);
      this.pending = [];
      this.pendingBytes = 0;
      this.pendingTooLong = false;
      start = end + 1;
    }
    if (start <= last) {
      const block = chunk.subarray(start, last);
      if (isUtf8(block)) this.takeText(Buffer.from(block.buffer, block.byteOffset, block.length).toString('utf8'), block.length, records);
      else {
        // Some line here is not UTF-8: each is checked on its own (rare, so not fast).
        for (let from = 0; from <= block.length; ) {
          let to = block.indexOf(newline, from);
          if (to < 0) to = block.length;
          this.takeBytes(block.subarray(from, to), records);
          from = to + 1;
        }
      }
    }
    this.keep(chunk.subarray(last + 1));
  }

  /** Whole lines of valid text, `bytes` long in UTF-8, separated by "\n". */
  private takeText(text: string, bytes: number, records: BatchRecord[]): void {
    // All ASCII (the usual case): each line is as many bytes as characters.
    const ascii = bytes === text.length;
    let start = 0;
    for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
      const line = end < 0 ? text.slice(start) : text.slice(start, end);
      // At most three bytes a UTF-16 code unit: only a long line needs counting.
      const size = ascii || 3 * line.length <= this.maxRecordBytes ? line.length : Buffer.byteLength(line);
      const tooLong = size > this.maxRecordBytes;
      if (tooLong) this.longLineStart = line.trimStart().charAt(0);
      this.takeLine(tooLong ? '' : line, tooLong, ascii ? size : Buffer.byteLength(line), undefined, records);
      if (end < 0) return;
      start = end + 1;
    }
  }

  /** One whole line as bytes: decoded, or located where it stops being UTF-8. */
  private takeBytes(bytes: Uint8Array, records: BatchRecord[]): void {
    if (bytes.length > this.maxRecordBytes) {
      this.noteLongLine([bytes]);
      this.takeLine('', true, 0, undefined, records);
      return;
    }
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    if (isUtf8(bytes)) {
      this.takeLine(buffer.toString('utf8'), false, bytes.length, undefined, records);
      return;
    }
    const bad = firstInvalidUtf8(bytes);
    // Columns count characters, as editors show them.
    const column = buffer.toString('utf8', 0, bad).length + 1;
    this.takeLine(buffer.toString('utf8'), false, bytes.length, column, records);
  }

  /** Keeps the start of a line that the next chunk goes on with (a copy: chunks may be reused). */
  private keep(part: Uint8Array): void {
    if (this.pendingTooLong || part.length === 0) return;
    this.pendingBytes += part.length;
    if (this.pendingBytes > this.maxRecordBytes) {
      this.noteLongLine([...this.pending, part]);
      this.pendingTooLong = true;
      this.pending = [];
      this.pendingBytes = 0;
    } else this.pending.push(Uint8Array.from(part));
  }

  /** Notes what a line too long to keep starts with: its first byte that is not white space. */
  private noteLongLine(parts: readonly Uint8Array[]): void {
    for (const part of parts) {
      for (let i = 0; i < part.length; i++) {
        const byte = part[i]!;
        if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) {
          this.longLineStart = String.fromCharCode(byte);
          return;
        }
      }
    }
    this.longLineStart = '';
  }

  /** Input that is not UTF-8 at all: one record that says so, and the rest is not read. */
  private stop(records: BatchRecord[]): void {
    this.stopped = true;
    this.format = 'json';
    const words = says({ en: 'the input is UTF-16 text; etr reads UTF-8', zh: '输入是 UTF-16 文本，etr 只读取 UTF-8' }, { en: 're-save it as UTF-8', zh: '请另存为 UTF-8 编码' });
    const problem: RecordProblem = { code: 'file-encoding', message: words.message, hint: words.hint!, zh: words.zh, line: 1, column: 1 };
    records.push({ index: ++this.index, line: 1, format: 'json', text: '', problem });
  }

  /**
   * One line, without its "\n". `tooLong` lines come empty; `bytes` is the line's size in
   * UTF-8; `badColumn` is where a line that is not UTF-8 stops being so.
   */
  private takeLine(raw: string, tooLong: boolean, bytes: number, badColumn: number | undefined, records: BatchRecord[]): void {
    this.lineNumber++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (this.format === undefined) {
      const first = line.trimStart()[0];
      if (first === undefined && !tooLong) return;
      // A first line too long to keep still shows what it starts with.
      this.format = (tooLong ? this.longLineStart : first) === '{' ? 'json' : 'yaml';
    }
    const problem = badColumn === undefined ? undefined : encodingProblem(this.lineNumber, badColumn);
    if (this.format === 'json') {
      if (tooLong) records.push({ index: ++this.index, line: this.lineNumber, format: 'json', text: '', tooLarge: true });
      else if (problem) records.push({ index: ++this.index, line: this.lineNumber, format: 'json', text: '', problem });
      else if (line.trim() !== '') records.push({ index: ++this.index, line: this.lineNumber, format: 'json', text: line });
      return;
    }
    let text = line;
    if (!tooLong && !problem && documentMarker.test(text)) {
      const rest = text.slice(3).trim();
      if (text.startsWith('...')) {
        // Only a comment may follow "..." on its line; anything else goes into the document,
        // whose parse then says what is wrong where (as `--profile` would), instead of being dropped.
        if (rest !== '' && !rest.startsWith('#')) {
          this.addToDocument(text, bytes, true);
        }
        this.endDocument(records);
        return;
      }
      if (this.documentDirectives && !this.documentHasContent && !this.documentStarted) {
        // The "---" that ends a document's directives starts the document itself.
        this.documentStarted = true;
        this.addToDocument(text, bytes, rest !== '' && !rest.startsWith('#'));
        return;
      }
      this.endDocument(records);
      // "--- key: value" starts the next document on the marker's own line.
      text = rest;
      if (text === '') return;
    }
    if (problem) {
      this.documentProblem ??= problem;
      this.addToDocument('', bytes, true);
      return;
    }
    if (tooLong) {
      this.addToDocument('', this.maxRecordBytes + 1, true);
      return;
    }
    const trimmed = text.trimStart();
    // A directive (`%YAML 1.2`) stands before a document's "---"; the document goes on past that.
    if (trimmed.startsWith('%') && !this.documentHasContent && !this.documentStarted && text.startsWith('%')) {
      this.addToDocument(text, bytes, false);
      this.documentDirectives = true;
      return;
    }
    this.addToDocument(text, bytes, trimmed !== '' && !trimmed.startsWith('#'));
  }

  private addToDocument(text: string, bytes: number, content: boolean): void {
    if (this.document.length === 0 && !this.documentHasContent && !this.documentTooLarge && !this.documentDirectives) this.documentLine = this.lineNumber;
    this.documentSize += bytes + 1;
    if (this.documentSize > this.maxRecordBytes) {
      this.documentTooLarge = true;
      this.document = [];
      return;
    }
    if (content) this.documentHasContent = true;
    if (this.documentTooLarge) return;
    this.document.push(text);
  }

  private endDocument(records: BatchRecord[]): void {
    if (this.documentTooLarge) records.push({ index: ++this.index, line: this.documentLine, format: 'yaml', text: '', tooLarge: true });
    else if (this.documentProblem) records.push({ index: ++this.index, line: this.documentLine, format: 'yaml', text: '', problem: this.documentProblem });
    else if (this.documentHasContent || this.documentDirectives) records.push({ index: ++this.index, line: this.documentLine, format: 'yaml', text: this.document.join('\n') });
    this.document = [];
    this.documentSize = 0;
    this.documentHasContent = false;
    this.documentTooLarge = false;
    this.documentProblem = undefined;
    this.documentDirectives = false;
    this.documentStarted = false;
  }
}

function encodingProblem(line: number, column: number): RecordProblem {
  const words = says({ en: 'the profile is not valid UTF-8 text', zh: '该档案不是有效的 UTF-8 文本' }, { en: 're-save the input as UTF-8', zh: '请把输入另存为 UTF-8 编码' });
  return { code: 'file-encoding', message: words.message, hint: words.hint!, zh: words.zh, line, column };
}

/**
 * How many bytes of a byte-order mark the input starts with (0 or 3), 'utf-16' for UTF-16's,
 * or undefined while too few bytes have come to tell.
 */
function startOf(head: Uint8Array): number | 'utf-16' | undefined {
  if (head.length === 0) return undefined;
  const first = head[0];
  if (first === 0xff || first === 0xfe) {
    if (head.length < 2) return undefined;
    return head[1] === (first === 0xff ? 0xfe : 0xff) ? 'utf-16' : 0;
  }
  if (first !== utf8Bom[0]) return 0;
  if (head.length >= 2 && head[1] !== utf8Bom[1]) return 0;
  if (head.length < 3) return undefined;
  return head[2] === utf8Bom[2] ? utf8Bom.length : 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}
