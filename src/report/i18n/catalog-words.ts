import { skillCategoryNames, type euAiActClasses, type SkillCategory } from '../../model/catalog.js';
import type { Lang } from '../../model/lang.js';

/**
 * The words for the catalog's own enums (EU AI Act classes, skill categories, learning
 * resources), per language: shared by `show`, `plan` and `catalog`. The ids stay as they are in
 * JSON; only renderings use these.
 */

export interface CatalogWords {
  euAiAct: Record<(typeof euAiActClasses)[number], string>;
  category: Readonly<Record<SkillCategory, string>>;
  /** "Title (docs, en, free, 12 h)": a learning resource's title and what it is. */
  resource(resource: { title: string; kind: string; lang: string; free: boolean; hours?: number | undefined }): string;
  /** Joins list items in a table cell or a line. */
  listJoin: string;
}

const en: CatalogWords = {
  euAiAct: { prohibited: 'prohibited', high: 'high', limited: 'limited', minimal: 'minimal' },
  category: skillCategoryNames.en,
  resource: ({ title, kind, lang, free, hours }) => `${title} (${kind}, ${lang}, ${free ? 'free' : 'paid'}${hours === undefined ? '' : `, ${hours} h`})`,
  listJoin: ', ',
};

const zhKinds: Record<string, string> = { course: '课程', docs: '文档', book: '书籍', standard: '标准', practice: '练习' };
const zhLangs: Record<string, string> = { en: '英文', zh: '中文' };

const zh: CatalogWords = {
  euAiAct: { prohibited: '禁止类', high: '高风险', limited: '有限风险', minimal: '最低风险' },
  category: skillCategoryNames.zh,
  resource: ({ title, kind, lang, free, hours }) =>
    `${title}（${zhKinds[kind] ?? kind}，${zhLangs[lang] ?? lang}，${free ? '免费' : '付费'}${hours === undefined ? '' : `，${hours} 小时`}）`,
  listJoin: '、',
};

const tables: Record<Lang, CatalogWords> = { en, zh };

export function catalogWords(lang: Lang): CatalogWords {
  return tables[lang];
}
