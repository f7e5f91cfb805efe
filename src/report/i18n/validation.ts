import type { Lang } from '../../model/lang.js';

/** The words of `etr validate`'s own summary, per language (the problems have their own). */

export interface Found {
  errors: number;
  warnings: number;
  /** Valid or not only because of --strict. */
  strictNote: boolean;
}

export interface ValidationMessages {
  /** "catalog built-in is valid (26 domains, 165 roles, 168 skills): 0 errors, 0 warnings in 28 files" */
  catalog(found: Found & { catalog: string; valid: boolean; contents: { domains: number; roles: number; skills: number } | null; files: number }): string;
  /** "profile me.yaml is valid against catalog built-in: 0 errors, 1 warning" */
  profile(found: Found & { catalog: string; file: string; valid: boolean }): string;
  /** "3 profiles checked against catalog built-in, 1 invalid: 2 errors, 0 warnings" */
  profiles(found: Found & { catalog: string; count: number; invalid: number }): string;
  /** "profile me.yaml not checked: catalog ./cat has errors" (one file), or "2 profiles not checked: …" */
  unchecked(files: readonly string[], catalog: string): string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const enFound = ({ errors, warnings }: Found) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
const enStrict = ({ strictNote }: Found) => (strictNote ? ' under --strict' : '');

const en: ValidationMessages = {
  catalog: (found) => {
    const { catalog, valid, contents, files } = found;
    const items = contents ? ` (${plural(contents.domains, 'domain')}, ${plural(contents.roles, 'role')}, ${plural(contents.skills, 'skill')})` : '';
    return `catalog ${catalog} ${valid ? 'is valid' : 'is invalid'}${enStrict(found)}${items}: ${enFound(found)} in ${plural(files, 'file')}`;
  },
  profile: (found) => `profile ${found.file} ${found.valid ? 'is valid' : 'is invalid'}${enStrict(found)} against catalog ${found.catalog}: ${enFound(found)}`,
  profiles: (found) =>
    `${plural(found.count, 'profile')} checked against catalog ${found.catalog}, ${found.invalid === 0 ? 'all valid' : `${found.invalid} invalid${enStrict(found)}`}: ${enFound(found)}`,
  unchecked: (files, catalog) => `${files.length === 1 ? `profile ${files[0]!}` : plural(files.length, 'profile')} not checked: catalog ${catalog} has errors`,
};

const catalogName = (catalog: string) => (catalog === 'built-in' ? '内置职位目录' : `职位目录 ${catalog} `);
const zhFound = ({ errors, warnings }: Found) => `${errors} 个错误、${warnings} 个警告`;
const zhStrict = ({ strictNote }: Found) => (strictNote ? '在 --strict 下' : '');

const zh: ValidationMessages = {
  catalog: (found) => {
    const { catalog, valid, contents, files } = found;
    const items = contents ? `（${contents.domains} 个领域、${contents.roles} 个职位、${contents.skills} 项技能）` : '';
    return `${catalogName(catalog)}${zhStrict(found)}${valid ? '有效' : '无效'}${items}：${files} 个文件中有 ${zhFound(found)}`;
  },
  profile: (found) => `档案 ${found.file} 对照${catalogName(found.catalog).trimEnd()}${zhStrict(found)}${found.valid ? '有效' : '无效'}：${zhFound(found)}`,
  profiles: (found) =>
    `已对照${catalogName(found.catalog).trimEnd()}检查 ${found.count} 份档案，${found.invalid === 0 ? '全部有效' : `${zhStrict(found)}${found.invalid} 份无效`}：${zhFound(found)}`,
  unchecked: (files, catalog) => `${files.length === 1 ? `档案 ${files[0]!} ` : `${files.length} 份档案`}未检查：${catalogName(catalog).trimEnd()}有错误`,
};

const tables: Record<Lang, ValidationMessages> = { en, zh };

export function validationMessages(lang: Lang): ValidationMessages {
  return tables[lang];
}
