import { describe, expect, it } from 'vitest';
import { exampleLines } from '../../src/cli/help-examples.js';

/* The examples' lines, as --help and the man page both write them. */
describe('exampleLines', () => {
  it('lines the comments up at the column, a longer command\'s three spaces after it', () => {
    const lines = exampleLines({
      commentColumn: 20,
      list: [{ command: 'etr a', comment: 'short' }, { command: 'etr b --no-comment' }, { command: 'etr c --a-much-longer-one', comment: 'long' }],
    });
    expect(lines).toEqual(['$ etr a             # short', '$ etr b --no-comment', '$ etr c --a-much-longer-one   # long']);
  });

  it('counts a wide (Chinese) character as two columns, as a terminal shows it', () => {
    const [ascii, chinese] = exampleLines({ commentColumn: 24, list: [{ command: 'etr import cv.txt', comment: 'a' }, { command: 'etr import 简历.txt', comment: 'b' }] });
    expect(ascii!.indexOf('#')).toBe(24);
    expect(chinese).toBe('$ etr import 简历.txt   # b');
  });

  it('puts a comment\'s later lines under its first', () => {
    expect(exampleLines({ list: [{ command: 'etr x', comment: 'one\n  two' }] })).toEqual(['$ etr x   # one', '          #   two']);
  });
});
