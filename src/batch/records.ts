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
}

const documentMarker = /^(?:---|\.\.\.)(?=\s|$)/;

/**
 * Feed it chunks of text with `push`, then call `end`; each returns the records completed so far.
 * Synchronous per chunk: a generator per line would cost more than advising the profile.
 */
export class RecordSplitter {
  private format: 'json' | 'yaml' | undefined;
  private index = 0;
  private lineNumber = 0;
  /** The unfinished last line of the previous chunk; dropped once it passes the limit. */
  private pending = '';
  private pendingTooLong = false;
  // The YAML document being gathered.
  private document: string[] = [];
  private documentLine = 0;
  private documentSize = 0;
  private documentHasContent = false;
  private documentTooLarge = false;

  constructor(private readonly maxRecordBytes: number) {}

  push(chunk: string): BatchRecord[] {
    const records: BatchRecord[] = [];
    let start = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      const tooLong = this.pendingTooLong || this.pending.length + end - start > this.maxRecordBytes;
      this.takeLine(tooLong ? '' : this.pending + chunk.slice(start, end), tooLong, records);
      this.pending = '';
      this.pendingTooLong = false;
      start = end + 1;
    }
    if (!this.pendingTooLong) {
      this.pending += chunk.slice(start);
      if (this.pending.length > this.maxRecordBytes) {
        this.pendingTooLong = true;
        this.pending = '';
      }
    }
    return records;
  }

  end(): BatchRecord[] {
    const records: BatchRecord[] = [];
    if (this.pendingTooLong || this.pending !== '') this.takeLine(this.pending, this.pendingTooLong, records);
    this.pending = '';
    this.pendingTooLong = false;
    if (this.format === 'yaml') this.endDocument(records);
    return records;
  }

  private takeLine(raw: string, tooLong: boolean, records: BatchRecord[]): void {
    this.lineNumber++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (this.format === undefined) {
      const first = line.trimStart()[0];
      if (first === undefined && !tooLong) return;
      this.format = tooLong || first === '{' ? 'json' : 'yaml';
    }
    if (this.format === 'json') {
      if (tooLong) records.push({ index: ++this.index, line: this.lineNumber, format: 'json', text: '', tooLarge: true });
      else if (line.trim() !== '') records.push({ index: ++this.index, line: this.lineNumber, format: 'json', text: line });
      return;
    }
    let text = line;
    if (!tooLong && documentMarker.test(text)) {
      this.endDocument(records);
      // "--- key: value" starts the next document on the marker's own line.
      text = text.startsWith('---') ? text.slice(3).trim() : '';
      if (text === '') return;
    }
    if (this.document.length === 0 && !this.documentHasContent && !this.documentTooLarge) this.documentLine = this.lineNumber;
    this.documentSize += text.length + 1;
    if (tooLong || this.documentSize > this.maxRecordBytes) {
      this.documentTooLarge = true;
      this.document = [];
      return;
    }
    if (this.documentTooLarge) return;
    this.document.push(text);
    const trimmed = text.trimStart();
    if (trimmed !== '' && !trimmed.startsWith('#')) this.documentHasContent = true;
  }

  private endDocument(records: BatchRecord[]): void {
    if (this.documentTooLarge) records.push({ index: ++this.index, line: this.documentLine, format: 'yaml', text: '', tooLarge: true });
    else if (this.documentHasContent) records.push({ index: ++this.index, line: this.documentLine, format: 'yaml', text: this.document.join('\n') });
    this.document = [];
    this.documentSize = 0;
    this.documentHasContent = false;
    this.documentTooLarge = false;
  }
}
