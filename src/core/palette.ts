/**
 * The colours a text renderer may use. Renderers receive a palette instead of importing chalk,
 * so they stay pure and tests can render with or without colour.
 */
export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
}

const identity = (text: string) => text;
export const plainPalette: Palette = { bold: identity, dim: identity, red: identity, yellow: identity, green: identity, cyan: identity, magenta: identity };
