import type { Lang } from '../../model/lang.js';

/** The words of `etr validate`'s own summary, per language (the problems have their own). */

export interface ValidationCounts {
  catalog: string;
  valid: boolean;
  /** Valid or not only because of --strict. */
  strictNote: boolean;
  contents: { domains: number; roles: number; skills: number } | null;
  errors: number;
  warnings: number;
  files: number;
}

export interface ValidationMessages {
  /** "catalog built-in is valid (26 domains, 165 roles, 168 skills): 0 errors, 0 warnings in 28 files" */
  summary(counts: ValidationCounts): string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const en: ValidationMessages = {
  summary: ({ catalog, valid, strictNote, contents, errors, warnings, files }) => {
    const items = contents ? ` (${plural(contents.domains, 'domain')}, ${plural(contents.roles, 'role')}, ${plural(contents.skills, 'skill')})` : '';
    return `catalog ${catalog} ${valid ? 'is valid' : 'is invalid'}${strictNote ? ' under --strict' : ''}${items}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
  },
};

const zh: ValidationMessages = {
  summary: ({ catalog, valid, strictNote, contents, errors, warnings, files }) => {
    const name = catalog === 'built-in' ? '内置职位目录' : `职位目录 ${catalog} `;
    const items = contents ? `（${contents.domains} 个领域、${contents.roles} 个职位、${contents.skills} 项技能）` : '';
    return `${name}${strictNote ? '在 --strict 下' : ''}${valid ? '有效' : '无效'}${items}：${files} 个文件中有 ${errors} 个错误、${warnings} 个警告`;
  },
};

const tables: Record<Lang, ValidationMessages> = { en, zh };

export function validationMessages(lang: Lang): ValidationMessages {
  return tables[lang];
}
