const encoder = new TextEncoder();

/** How much a buffer keeps between writes; one grown past it (a huge record) starts over at this. */
const initialSize = 1 << 20;

/**
 * Output text built as UTF-8 bytes in one reused buffer, for `advise --batch`, which writes about
 * 1.7 KB a profile. Built as strings, every record was a tree of some eighty small strings that
 * was then copied flat, scanned for its UTF-8 length and encoded once more by the write, and all
 * of it left to the garbage collector: about a fifth of the batch's time. Here the fixed parts are
 * encoded once (`utf8`) and copied in, and what is written is the buffer itself.
 */
export class Utf8Buffer {
  private bytes = new Uint8Array(initialSize);
  /** Bytes used so far; setting it back drops what came after. */
  length = 0;

  /** Appends bytes encoded once and kept: a fragment from `utf8`. */
  append(fragment: Uint8Array): void {
    const length = this.length + fragment.length;
    if (length > this.bytes.length) this.grow(length);
    this.bytes.set(fragment, this.length);
    this.length = length;
  }

  /** Appends text, encoded as UTF-8: ASCII by hand, the rest (rare: names in other scripts) by TextEncoder. */
  appendText(text: string): void {
    // Three bytes at most for each UTF-16 code unit.
    if (this.length + 3 * text.length > this.bytes.length) this.grow(this.length + 3 * text.length);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        at += encoder.encodeInto(text.slice(i), bytes.subarray(at)).written;
        break;
      }
      bytes[at++] = code;
    }
    this.length = at;
  }

  /**
   * Makes room for `count` more bytes and returns the array to write them into, from `length`
   * on; the caller then moves `length` past what it wrote. For text made byte by byte (numbers).
   */
  room(count: number): Uint8Array {
    if (this.length + count > this.bytes.length) this.grow(this.length + count);
    return this.bytes;
  }

  /** The bytes so far, as a view that stays valid until the next change. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  /** Starts over, keeping the memory unless one huge record grew it. */
  clear(): void {
    this.length = 0;
    if (this.bytes.length > 4 * initialSize) this.bytes = new Uint8Array(initialSize);
  }

  private grow(needed: number): void {
    let size = this.bytes.length * 2;
    while (size < needed) size *= 2;
    const bytes = new Uint8Array(size);
    bytes.set(this.bytes.subarray(0, this.length));
    this.bytes = bytes;
  }
}

/** Text encoded as UTF-8 once, to be appended many times. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
