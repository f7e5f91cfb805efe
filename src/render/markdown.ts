/** Markdown helpers shared by the renderers: catalog and profile text must stay text. */

/** Keeps catalog and profile text from being read as Markdown or HTML. */
export function escape(text: string): string {
  return text.replace(/[\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

/** A Markdown table; cells are escaped, pipes included. */
export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => escape(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}
