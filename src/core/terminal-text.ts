/**
 * Text from a profile, a catalog or the command line, made safe to print on a terminal. A
 * terminal acts on control characters rather than printing them: ESC sequences set the window
 * title or clear the screen, C1's CSI (U+009B) starts the same sequences in one character, CR
 * overwrites the line, and bidirectional overrides reorder what is shown. Each becomes one visible
 * character of the same width (the Control Pictures "␛", "␍", "␡"; U+FFFD for C1 and bidi
 * controls), so a caret under a source line still lines up. Tab and newline stay: texts wrap on them.
 * JSON and HTML escape these by their own rules; this is for text, markdown and stderr.
 */
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(unsafe, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** terminalSafe on every string of plain data (objects, arrays), leaving its shape as it is. */
export function terminalSafeData<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map(terminalSafeData) as T;
  // fromEntries defines each key, so a key named "__proto__" stays a key.
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, terminalSafeData(item)])) as T;
  return value;
}

/** What JSON.stringify leaves raw but a terminal still acts on: DEL, C1 controls, bidi overrides. */
const rawInJson = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON.stringify, with the characters above written as \u escapes: the same JSON value, safe to
 * print where a person may read it (JSON already escapes C0 controls itself).
 */
export function terminalSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(rawInJson, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
