/** The languages etr writes its reports in. */
export const langs = ['en', 'zh'] as const;
export type Lang = (typeof langs)[number];

export function isLang(value: string): value is Lang {
  return (langs as readonly string[]).includes(value);
}
