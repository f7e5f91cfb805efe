import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Buffer, utf8 } from '../../../src/app/batch/utf8-buffer.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('Utf8Buffer', () => {
  it('holds what TextEncoder gives for any texts and fragments appended, across growth (property)', () => {
    // Full Unicode, lone surrogates too (TextEncoder writes U+FFFD for them, as Node's writes do).
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 3000 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 30 }), (pieces) => {
        const out = new Utf8Buffer();
        for (const [text, asFragment] of pieces) {
          if (asFragment) out.append(utf8(text));
          else out.appendText(text);
        }
        expect(Buffer.from(out.view())).toEqual(Buffer.from(pieces.map(([text]) => text).join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('writes bytes into the room it makes, grows past its first megabyte, and starts over when cleared', () => {
    const out = new Utf8Buffer();
    const bytes = out.room(3);
    bytes.set(utf8('234'), out.length);
    out.length += 3;
    expect(decode(out.view())).toBe('234');
    const large = 'é'.repeat(3_000_000);
    out.appendText(large);
    expect(out.length).toBe(3 + 6_000_000);
    expect(decode(out.view()).endsWith('éé')).toBe(true);
    out.room(4_000_000)[out.length] = 0x21;
    out.length += 1;
    expect(decode(out.view().subarray(-3))).toBe('é!');
    out.clear();
    expect(out.view()).toHaveLength(0);
    out.appendText('again');
    expect(decode(out.view())).toBe('again');
  });

  it('drops what came after a length it is set back to', () => {
    const out = new Utf8Buffer();
    out.appendText('kept;');
    const start = out.length;
    out.appendText('dropped');
    out.length = start;
    out.appendText('next');
    expect(decode(out.view())).toBe('kept;next');
  });
});
