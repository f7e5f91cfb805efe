import type { Finding } from '../core/finding.js';
import { at, kindNoun } from './finding-at.js';
import type { Located, LocatedCatalog } from './located.js';

/** The languages a catalog may translate into, each in a block of that name on skills, domains and roles. */
const translationLangs = ['zh'] as const;

/**
 * A catalog that translates some of its names into a language should translate all of them, or
 * reports in that language come out half translated. A catalog with no translation into a
 * language at all is simply not offered in it, and is not warned about.
 */
export function checkTranslations(catalog: LocatedCatalog): Finding[] {
  const findings: Finding[] = [];
  const kinds: [string, Located<{ id: string } & Partial<Record<(typeof translationLangs)[number], unknown>>>[], string][] = [
    ['skill', catalog.skills, 'name'],
    ['domain', catalog.domains, 'name'],
    ['role', catalog.roles, 'title and summary'],
  ];
  for (const lang of translationLangs) {
    if (!kinds.some(([, entities]) => entities.some((e) => e.value[lang] !== undefined))) continue;
    for (const [kind, entities, fields] of kinds) {
      for (const entity of entities.filter((e) => e.value[lang] === undefined)) {
        const example = kind === 'role' ? `${lang}: { title: …, summary: … }` : `${lang}: { name: … }`;
        const message = {
          en: `${kind} "${entity.value.id}" has no ${lang} translation of its ${fields}, while the catalog translates others`,
          zh: `${kindNoun[kind]}“${entity.value.id}”的 ${fields.replace(' and ', ' 和 ')} 没有 ${lang} 翻译，而职位目录翻译了其他条目`,
        };
        findings.push(at(entity, 'missing-translation', message, { severity: 'warning', hint: { en: `add ${example}`, zh: `请添加 ${example}` } }));
      }
    }
    findings.push(...checkLongTranslations(catalog, lang));
  }
  return findings;
}

/**
 * The same rule for the long texts (a domain's rationale and strategies; a role's portfolio
 * project, outlook reason and ETR reason), in their own group: a catalog that translates some of
 * them should translate all of them, on every entity it translates. A catalog that translates
 * only names is not warned, and its reports keep these texts in English. Entities with no
 * translation block at all are already reported above. A translation that cannot stand for its
 * English (strategies of another count, an etrReason the English lacks) is a translation-mismatch.
 */
function checkLongTranslations(catalog: LocatedCatalog, lang: (typeof translationLangs)[number]): Finding[] {
  const findings: Finding[] = [];
  const translatesLongTexts =
    catalog.domains.some(({ value }) => value[lang]?.rationale !== undefined || value[lang]?.strategies !== undefined) ||
    catalog.roles.some(({ value }) => value[lang]?.portfolioProject !== undefined || value[lang]?.outlookReason !== undefined || value[lang]?.etrReason !== undefined);
  const warnMissing = (entity: Located<unknown>, kind: string, id: string, missing: string[]) => {
    if (missing.length === 0) return;
    const fields = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)!}`;
    const zhFields = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join('、')} 和 ${missing.at(-1)!}`;
    const message = { en: `${kind} "${id}" has no ${lang} translation of its ${fields}, while the catalog translates others`, zh: `${kindNoun[kind]}“${id}”的 ${zhFields} 没有 ${lang} 翻译，而职位目录翻译了其他条目` };
    const added = missing.map((f) => `${lang}.${f}`);
    findings.push(at(entity, 'missing-translation', message, { field: [lang], severity: 'warning', hint: { en: `add ${added.join(', ')}`, zh: `请添加 ${added.join('、')}` } }));
  };
  for (const entity of catalog.domains) {
    const { id, strategies } = entity.value;
    const translation = entity.value[lang];
    if (translation === undefined) continue;
    if (translatesLongTexts) warnMissing(entity, 'domain', id, (['rationale', 'strategies'] as const).filter((f) => translation[f] === undefined));
    if (translation.strategies !== undefined && translation.strategies.length !== strategies.length) {
      findings.push(
        at(
          entity,
          'translation-mismatch',
          {
            en: `domain "${id}" lists ${plural(translation.strategies.length, 'strategy', 'strategies')} in ${lang} for its ${plural(strategies.length, 'strategy', 'strategies')}`,
            zh: `领域“${id}”在 ${lang} 中列出了 ${translation.strategies.length} 条策略，而原文有 ${strategies.length} 条`,
          },
          { field: [lang, 'strategies'], severity: 'warning', hint: { en: `translate each strategy once, in the same order`, zh: '请按原文顺序把每条策略各翻译一次' } },
        ),
      );
    }
  }
  for (const entity of catalog.roles) {
    const role = entity.value;
    const translation = role[lang];
    if (translation === undefined) continue;
    if (translatesLongTexts) {
      const wanted: ('portfolioProject' | 'outlookReason' | 'etrReason' | 'euAiActReason')[] = [
        'portfolioProject',
        'outlookReason',
        ...(role.etrReason === undefined ? [] : (['etrReason'] as const)),
        ...(role.euAiActReason === undefined ? [] : (['euAiActReason'] as const)),
      ];
      warnMissing(entity, 'role', role.id, wanted.filter((f) => translation[f] === undefined));
    }
    if (translation.etrReason !== undefined && role.etrReason === undefined) {
      findings.push(
        at(
          entity,
          'translation-mismatch',
          { en: `role "${role.id}" translates an etrReason it does not have`, zh: `职位“${role.id}”有 ${lang}.etrReason，却没有它所翻译的 etrReason` },
          { field: [lang, 'etrReason'], severity: 'warning', hint: { en: `remove ${lang}.etrReason, or add the etrReason it translates`, zh: `请删除 ${lang}.etrReason，或添加它所翻译的 etrReason` } },
        ),
      );
    }
  }
  return findings;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
