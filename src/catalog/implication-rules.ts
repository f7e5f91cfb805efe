import type { Finding } from '../core/finding.js';
import { didYouMean } from '../core/suggest.js';
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
        findings.push({ code: 'implies-itself', severity: 'error', message: `skill "${skill}" implies itself`, ...where, hint: 'list the other skills that practising this one exercises' });
      } else if (!known.has(skill)) {
        findings.push({ code: 'unknown-implied-skill', severity: 'error', message: `skill "${entity.value.id}" implies unknown skill "${skill}"`, ...where, hint: didYouMean(skill, skillIds) ?? 'see `etr catalog skills` for the known ids' });
      } else if (seen.has(skill)) {
        findings.push({ code: 'implied-skill-repeated', severity: 'error', message: `skill "${entity.value.id}" implies "${skill}" twice`, ...where, hint: 'keep one, with the level you mean' });
      }
      seen.add(skill);
    });
  }
  return findings;
}
