export { wrap } from '../core/text-width.js';

/** A bar of `cells` characters filled in proportion to a [0, 1] value. */
export function bar(value: number, cells: number): string {
  const filled = Math.round(Math.min(Math.max(value, 0), 1) * cells);
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
