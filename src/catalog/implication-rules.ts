import type { Finding } from '../core/finding.js';
import { says } from '../core/problem.js';
import { didYouMeanText } from '../core/suggest.js';
import type { LocatedCatalog } from './located.js';

/**
 * A skill's `implies`: each names another known skill, once. Levels are the schema's (1–5), and
 * implications do not chain, so a cycle (A implies B, B implies A) is harmless.
 */
export function checkImplications(catalog: LocatedCatalog): Finding[] {
  const findings: Finding[] = [];
  const skillIds = catalog.skills.map((s) => s.value.id);
  const known = new Set([...skillIds, ...catalog.invalidIds.skills]);
  for (const entity of catalog.skills) {
    const seen = new Set<string>();
    entity.value.implies?.forEach(({ skill }, i) => {
      const where = { file: entity.file, path: [...entity.path, 'implies', i, 'skill'] };
      if (skill === entity.value.id) {
        const words = says({ en: `skill "${skill}" implies itself`, zh: `技能“${skill}”在 implies 中列出了自己` }, { en: 'list the other skills that practising this one exercises', zh: '请列出练习这项技能时会一并锻炼的其他技能' });
        findings.push({ code: 'implies-itself', severity: 'error', ...words, ...where });
      } else if (!known.has(skill)) {
        const hint = didYouMeanText(skill, skillIds) ?? { en: 'see `etr catalog skills` for the known ids', zh: '已有的 ID 可用 `etr catalog skills` 查看' };
        findings.push({ code: 'unknown-implied-skill', severity: 'error', ...says({ en: `skill "${entity.value.id}" implies unknown skill "${skill}"`, zh: `技能“${entity.value.id}”的 implies 中有未知技能“${skill}”` }, hint), ...where });
      } else if (seen.has(skill)) {
        const words = says({ en: `skill "${entity.value.id}" implies "${skill}" twice`, zh: `技能“${entity.value.id}”的 implies 中两次列出“${skill}”` }, { en: 'keep one, with the level you mean', zh: '请只保留一处，写上你想要的水平' });
        findings.push({ code: 'implied-skill-repeated', severity: 'error', ...words, ...where });
      }
      seen.add(skill);
    });
  }
  return findings;
}
