import type { Palette } from '../core/palette.js';
import type { RoleDetails } from '../report/role.js';
import { messages, type Messages } from '../report/i18n.js';
import { catalogWords } from '../report/i18n/catalog-words.js';
import { roleMessages, type RoleMessages } from '../report/i18n/role.js';
import { localNames } from '../report/localized.js';
import { renderTable } from './table.js';
import { wrap } from './text-layout.js';

/**
 * `etr show` as text, in the report's language: the catalog's translations where it has them.
 * The catalog translates no reference notes and no occupation-code notes, so a report in another
 * language than English leaves those out rather than mix English into it.
 */
export function renderRoleText(details: RoleDetails, palette: Palette, width: number): string {
  const t = roleMessages(details.lang);
  const m = messages(details.lang);
  const c = catalogWords(details.lang);
  const english = details.lang === 'en';
  const names = localNames(details.localized);
  const role = names.role(details.id);
  const domain = names.domain(details.domain.id);
  const section = (title: string) => palette.bold(title);
  const para = (text: string) => wrap(text, width, '  ');
  const etrLine =
    details.etr.source === 'role'
      ? t.roleEtr(details.etr.value, m.tier[details.etr.tier], details.domain.etr, role?.etrReason ?? details.etr.reason ?? '')
      : t.domainEtr(details.etr.value, m.tier[details.etr.tier], c.euAiAct[details.domain.euAiAct]);
  const aiActLine = details.euAiAct.source === 'role' ? t.roleAiAct(c.euAiAct[details.euAiAct.class], c.euAiAct[details.domain.euAiAct], role?.euAiActReason ?? details.euAiAct.reason ?? '') : undefined;
  const codes = [details.onet && `O*NET ${details.onet}`, details.isco && `ISCO-08 ${details.isco}`].filter(Boolean) as string[];
  const strategies = domain?.strategies ?? details.strategies;
  return [
    `${palette.bold(role?.title ?? details.title)}${t.headingGap}${palette.dim(t.heading([details.id, m.seniority[details.seniority], ...codes]))}`,
    para(role?.summary ?? details.summary),
    para(m.region.sentence(details.region)),
    ...(details.codeNote && english ? [para(t.codeNote(details.codeNote))] : []),
    section(t.domain(domain?.name ?? details.domain.name)),
    para(etrLine),
    ...(aiActLine ? [para(aiActLine)] : []),
    para(domain?.rationale ?? details.domain.rationale),
    section(t.references),
    ...details.domain.references.map((r) => wrap(t.reference(r.title, r.url, english ? r.note : undefined, r.asOf), width, '    ', '  - ')),
    section(t.strategies),
    ...strategies.map((s) => wrap(s, width, '    ', '  - ')),
    section(t.requirements),
    renderTable(
      [{ header: `  ${t.headers.skill}` }, { header: t.headers.level }, { header: t.headers.importance, align: 'right' }],
      details.skills.map((s) => [`  ${names.skillName(s.skill, s.name)}${s.essential ? '*' : ''}`, `${s.level} ${m.level(s.level)}`, `${s.importance}/5`]),
      palette,
      width,
    ),
    ...learningLines(details, width, section, t, m, names.skillName),
    section(t.portfolioProject),
    para(role?.portfolioProject ?? details.portfolioProject),
    section(t.outlook(m.trend[details.outlook.trend])),
    para(role?.outlookReason ?? details.outlook.reason),
    section(t.related),
    para(details.related.length > 0 ? details.related.map((r) => t.relatedRole(names.roleTitle(r.id, r.title), r.id)).join(' · ') : t.none),
  ].join('\n');
}

/** For each required skill: about how long from none to the level asked, and where to learn it. */
function learningLines(details: RoleDetails, width: number, section: (title: string) => string, t: RoleMessages, m: Messages, skillName: (id: string, fallback: string) => string): string[] {
  const taught = details.skills.filter((s) => s.learn !== null);
  if (taught.length === 0) return [];
  const c = catalogWords(details.lang);
  return [
    section(t.learning),
    ...taught.flatMap((s) => [
      wrap(t.learnSkill(skillName(s.skill, s.name), `${s.level} ${m.level(s.level)}`, s.learn!.hoursToLevel), width, '    ', '  - '),
      ...s.learn!.resources.map((r) => wrap(`${c.resource(r)} ${r.url}`, width, '        ', '      ')),
    ]),
  ];
}
