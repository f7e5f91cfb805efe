import type { Lang } from '../model/lang.js';

/**
 * A message for people in every language etr writes, stated together where it is made. Every
 * language is required, so a message cannot be added in English only and forgotten in Chinese.
 */
export type Text = Readonly<Record<Lang, string>>;

/**
 * A list quoted in a message: "a" or "b" in English, “a”或“b” in Chinese.
 * Chinese quotes its names in full-width marks; English in straight ones, as etr always has.
 */
export function quotedAlternatives(names: readonly string[]): Text {
  return { en: names.map((name) => `"${name}"`).join(' or '), zh: names.map((name) => `“${name}”`).join('或') };
}
