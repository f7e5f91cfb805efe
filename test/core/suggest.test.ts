import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMatches, didYouMean, editDistance, similarity } from '../../src/core/suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('medical', 'medicl')).toBe(1);
  });

  it('is a metric: zero only for equal strings, symmetric, and obeys the triangle inequality', () => {
    const word = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('similarity', () => {
  it('is one minus the edit distance over the longer length, a swap of neighbours one edit, a Chinese character one character', () => {
    expect(similarity('python', 'python')).toBe(1);
    expect(similarity('pyhton', 'python')).toBeCloseTo(5 / 6);
    expect(similarity('pyton', 'python')).toBeCloseTo(5 / 6);
    expect(similarity('提示功程', '提示工程')).toBe(0.75);
    expect(similarity('', 'ab')).toBe(0);
  });

  it('is symmetric, within 0–1, at least Levenshtein\'s, and with a threshold the same figure or one below it (property)', () => {
    const word = fc.string({ maxLength: 10, unit: fc.constantFrom('a', 'b', 'c', 'd', '学', '习') });
    fc.assert(
      fc.property(word, word, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, atLeast) => {
        const s = similarity(a, b);
        expect(s).toBe(similarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        const length = Math.max([...a].length, [...b].length);
        if (length > 0) expect(s).toBeGreaterThanOrEqual(1 - editDistance(a, b) / length - 1e-9);
        const bounded = similarity(a, b, atLeast);
        if (s >= atLeast) expect(bounded).toBe(s);
        else expect(bounded).toBeLessThan(atLeast);
      }),
    );
  });
});

describe('closestMatches', () => {
  const skills = ['python', 'pytorch', 'prompt-engineering', 'statistics', 'rag'];

  it('finds a typo', () => {
    expect(closestMatches('pyton', skills)).toEqual(['python']);
  });

  it('ignores case', () => {
    expect(closestMatches('PYTHON', skills)[0]).toBe('python');
  });

  it('finds a name contained in the input or containing it', () => {
    expect(closestMatches('prompt', skills)).toContain('prompt-engineering');
  });

  it('never offers a one- or two-letter name because a longer input happens to contain it', () => {
    expect(closestMatches('concept art', ['R', 'ML', 'concept design'])).toEqual([]);
    expect(closestMatches('concept-artist', ['concept-art', 'art'])).toEqual(['concept-art', 'art']);
  });

  it('returns nothing for a name unlike every candidate', () => {
    expect(closestMatches('underwater-basket-weaving', skills)).toEqual([]);
  });

  it('orders best first and keeps the candidates\' order for ties', () => {
    expect(closestMatches('ab', ['ax', 'ab', 'xb'])).toEqual(['ab', 'ax', 'xb']);
  });

  it('returns only candidates, without duplicates, at most `limit`, an exact match first', () => {
    const word = fc.stringMatching(/^[a-z-]{0,10}$/);
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (input, candidates, limit) => {
        const matches = closestMatches(input, candidates, limit);
        expect(matches.length).toBeLessThanOrEqual(limit);
        expect(new Set(matches).size).toBe(matches.length);
        for (const match of matches) expect(candidates).toContain(match);
        if (candidates.includes(input)) expect(matches[0]).toBe(input);
      }),
    );
  });
});

describe('didYouMean', () => {
  it('phrases one or more suggestions as a hint', () => {
    expect(didYouMean('senoir', ['entry', 'mid', 'senior'])).toBe('did you mean "senior"?');
    expect(didYouMean('ab', ['ax', 'ab'])).toBe('did you mean "ab" or "ax"?');
  });

  it('says nothing when nothing is close', () => {
    expect(didYouMean('zzzzzz', ['entry', 'mid', 'senior'])).toBeUndefined();
  });
});
