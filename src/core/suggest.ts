import { quotedAlternatives, type Text } from './text.js';

/** Levenshtein distance, for "did you mean …" hints. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How alike two texts are, from 0 to 1: one minus their edit distance over the longer one's
 * length, in characters (a Chinese character is one), where swapping two neighbours is one edit
 * ("pyhton" is 0.83 like "python"). The measure "did you mean" for skill names is judged by.
 */
export function similarity(a: string, b: string, atLeast = 0): number {
  if (a === b) return 1;
  const x = [...a];
  const y = [...b];
  const longer = Math.max(x.length, y.length);
  // Below `atLeast` the exact figure does not matter: 0 as soon as every path costs more.
  const allowed = Math.floor((1 - atLeast) * longer + 1e-9);
  // Optimal string alignment: Levenshtein plus the transposition of two adjacent characters.
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let least = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < least) least = d;
    }
    // A transposition reaches back two rows, so both must be past the limit.
    if (least > allowed && Math.min(...previous) > allowed) return 0;
    before = previous;
    previous = current;
  }
  return 1 - previous[y.length]! / longer;
}

/**
 * The known names closest to `input`, best first: close in spelling (a third of the length at
 * most), or containing it / contained in it, where the shorter of the two has three characters or
 * more (so "concept art" never brings up a one-letter name it happens to contain). Ties keep the
 * candidates' order, so hints are stable.
 */
export function closestMatches(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { name: string; score: number; order: number }[] = [];
  let order = 0;
  for (const name of candidates) {
    const hay = name.toLowerCase();
    const distance = editDistance(needle, hay);
    const allowed = Math.max(1, Math.floor(Math.max(needle.length, hay.length) / 3));
    const contains = Math.min(needle.length, hay.length) >= 3 && (hay.includes(needle) || needle.includes(hay));
    if (distance <= allowed || contains) scored.push({ name, score: contains ? Math.min(distance, allowed) : distance, order: order++ });
  }
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return [...new Set(scored.map((s) => s.name))].slice(0, limit);
}

export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  return didYouMeanText(input, candidates)?.en;
}

/** "did you mean "x"?" in every language, or undefined when nothing is close. */
export function didYouMeanText(input: string, candidates: Iterable<string>): Text | undefined {
  const matches = closestMatches(input, candidates);
  return matches.length > 0 ? suggestion(matches) : undefined;
}

/** "did you mean "a" or "b"?" for names already chosen. */
export function suggestion(names: readonly string[]): Text {
  const quoted = quotedAlternatives(names);
  return { en: `did you mean ${quoted.en}?`, zh: `是不是指${quoted.zh}？` };
}
