/**
 * How skill names are compared, by profiles and by the catalog's alias rules alike. Case, width
 * (full-width "ＳＱＬ" is "SQL") and the marks between words do not matter: spaces, hyphens,
 * underscores, slashes, brackets, commas, Chinese punctuation (（）、，。：；) all separate words the
 * same way, so "Prompt-Engineering" = "prompt engineering" = "prompt_engineering" and
 * "自然语言处理(NLP)" = "自然语言处理（NLP）". Marks that are part of a name stay: C++, C#, Node.js,
 * .NET, ALCOA+, P&C. Chinese (and Japanese, Korean) characters are words of one character each,
 * with no separator between them or between them and Latin words: "Python 开发" = "Python开发".
 */
export function normalizeName(name: string): string {
  return joinNameTokens(nameTokens(name));
}

/** One Chinese, Japanese or Korean character: a word of its own, and no spaces around it. */
const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
/** A letter, digit or combining mark of any other script: part of a word. */
const wordChar = /^[\p{L}\p{N}\p{M}]$/u;
const apostrophes = new Set(["'", '’', 'ʼ']);
const plainWords = /^[A-Za-z0-9 _\-/]*$/;
const plainSeparators = /[ _\-/]+/;
const plainMixed = /^(?:[A-Za-z0-9]|\p{Script=Han})*$/u;
const hanOrWord = /[a-z0-9]+|\p{Script=Han}/gu;
/** Printable ASCII only: no width or compatibility forms to normalize, the common case. */
const printableAscii = /^[\x20-\x7e]*$/;

export function isCjkToken(token: string): boolean {
  return cjk.test(token);
}

/** What a character is to a name: 'w' part of a word, 'c' a CJK character, 'o' anything else. */
function kindOf(c: string | undefined): 'w' | 'c' | 'o' {
  if (c === undefined) return 'o';
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 'w' : 'o';
  return cjk.test(c) ? 'c' : wordChar.test(c) ? 'w' : 'o';
}

/**
 * A name's words, normalized: NFKC, lower case, split at the marks that separate words (see
 * normalizeName), each CJK character a word. A "+" is kept at the end of a word ("c++", "alcoa+")
 * but a single one between words separates them ("python+sql"); "#" after a word stays ("c#");
 * "." stays inside a word or before one (node.js, 3.5, .net); "&" inside a word (p&c); an
 * apostrophe inside a word is dropped ("children's" = "childrens").
 */
export function nameTokens(name: string): string[] {
  // Most names are plain words and hyphens, or Chinese and Latin letters: read at once, without
  // a loop over the characters that would cost a command's start (thousands of names) dearly.
  if (plainWords.test(name)) return name.toLowerCase().split(plainSeparators).filter((t) => t !== '');
  if (plainMixed.test(name)) return name.toLowerCase().match(hanOrWord) ?? [];
  const text = (printableAscii.test(name) ? name : name.normalize('NFKC')).toLowerCase();
  const chars = printableAscii.test(text) ? text.split('') : [...text];
  const tokens: string[] = [];
  let word = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const kind = kindOf(c);
    if (kind === 'w') {
      word += c;
      continue;
    }
    if (kind === 'c') {
      if (word !== '') tokens.push(word);
      word = '';
      tokens.push(c);
      continue;
    }
    const next = kindOf(chars[i + 1]);
    if (c === '+') {
      let end = i;
      while (chars[end + 1] === '+') end++;
      if (word !== '' && (end > i || kindOf(chars[end + 1]) === 'o')) {
        word += '+'.repeat(end - i + 1);
        i = end;
        continue;
      }
      i = end;
    } else if ((c === '#' && word !== '') || (c === '.' && next === 'w') || (c === '&' && word !== '' && next === 'w')) {
      word += c;
      continue;
    } else if (apostrophes.has(c) && word !== '' && next === 'w') {
      continue; // dropped: the word goes on
    }
    if (word !== '') tokens.push(word);
    word = '';
  }
  if (word !== '') tokens.push(word);
  return tokens;
}

/** The words as one key: a space between two Latin (non-CJK) words, nothing next to a CJK one. */
export function joinNameTokens(tokens: readonly string[], from = 0, to = tokens.length): string {
  let key = '';
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (i > from && !cjk.test(token) && !cjk.test(tokens[i - 1]!)) key += ' ';
    key += token;
  }
  return key;
}
