/**
 * How skill names are compared: case, and the choice between spaces, hyphens and underscores,
 * do not matter ("Prompt-Engineering" = "prompt engineering" = "prompt_engineering").
 */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}
