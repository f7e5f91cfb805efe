import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeData, terminalSafeJson } from '../../src/core/terminal-text.js';

const acted = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Strings rich in what terminals act on: C0, DEL, C1, bidi controls, between ordinary text. */
const hostileText = fc.array(fc.oneof(fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), fc.constantFrom('\u202e', '\u2066', '\u001b[2J', '\u001b]0;t\u0007', 'é', '中文'), fc.string({ maxLength: 4 }))).map((parts) => parts.join(''));

describe('terminalSafe', () => {
  it('shows each control as one visible character of its own', () => {
    expect(terminalSafe('a\u001b[2Jb')).toBe('a␛[2Jb');
    expect(terminalSafe('\u0007\r\u007f\u009b\u202e')).toBe('␇␍␡\ufffd\ufffd');
    expect(terminalSafe('tab\there\nnext 中文 é')).toBe('tab\there\nnext 中文 é');
  });

  it('leaves nothing a terminal acts on, and keeps every position (one character for one)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const safe = terminalSafe(text);
        expect(safe).not.toMatch(acted);
        expect(safe.length).toBe(text.length);
      }),
    );
  });

  it('reaches every string of plain data, keys named __proto__ included, and nothing else', () => {
    const data = JSON.parse('{"a":["\\u001b",1,null,{"__proto__":"\\u009b"}],"b":true}');
    const safe = terminalSafeData(data);
    expect(safe).toEqual(JSON.parse('{"a":["␛",1,null,{"__proto__":"\\ufffd"}],"b":true}'));
    expect(Object.getPrototypeOf(safe.a[3])).toBe(Object.prototype);
  });
});

describe('terminalSafeJson', () => {
  it('is the same JSON value, with nothing raw that a terminal acts on', () => {
    fc.assert(
      fc.property(fc.dictionary(hostileText, hostileText), (value) => {
        const json = terminalSafeJson(value, 2);
        // The indentation's newlines are JSON's own; every other control is escaped.
        expect(json).not.toMatch(acted);
        expect(JSON.parse(json)).toEqual(value);
      }),
    );
  });
});
