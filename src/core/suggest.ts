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
 * The known names closest to `input`, best first: close in spelling (a third of the length at
 * most), or containing it / contained in it. Ties keep the candidates' order, so hints are stable.
 */
export function closestMatches(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { name: string; score: number; order: number }[] = [];
  let order = 0;
  for (const name of candidates) {
    const hay = name.toLowerCase();
    const distance = editDistance(needle, hay);
    const allowed = Math.max(1, Math.floor(Math.max(needle.length, hay.length) / 3));
    const contains = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay));
    if (distance <= allowed || contains) scored.push({ name, score: contains ? Math.min(distance, allowed) : distance, order: order++ });
  }
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return [...new Set(scored.map((s) => s.name))].slice(0, limit);
}

export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const matches = closestMatches(input, candidates);
  return matches.length > 0 ? `did you mean ${matches.map((m) => `"${m}"`).join(' or ')}?` : undefined;
}
