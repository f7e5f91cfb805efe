import type { Catalog, Role } from '../catalog/types.js';
import { formatPercent, tierOf } from '../model/etr.js';
import { levelName } from '../model/levels.js';
import type { Palette } from '../core/palette.js';
import { renderTable } from '../render/table.js';
import { wrap } from '../render/text-layout.js';

/** Everything `etr show` says of a role, as plain data (also its JSON form). */
export function roleDetails(catalog: Catalog, role: Role) {
  const domain = catalog.domains.find((d) => d.id === role.domain)!;
  const skills = new Map(catalog.skills.map((s) => [s.id, s]));
  const etr = role.etr ?? domain.etr;
  return {
    id: role.id,
    title: role.title,
    seniority: role.seniority,
    summary: role.summary,
    onet: role.onet ?? null,
    isco: role.isco ?? null,
    codeNote: role.codeNote ?? null,
    domain: { id: domain.id, name: domain.name, etr: domain.etr, tier: domain.tier, euAiAct: domain.euAiAct, rationale: domain.rationale, references: domain.references },
    etr: { value: etr, tier: tierOf(etr), source: role.etr === undefined ? ('domain' as const) : ('role' as const), reason: role.etrReason ?? null },
    euAiAct: { class: role.euAiAct ?? domain.euAiAct, source: role.euAiAct === undefined ? ('domain' as const) : ('role' as const), reason: role.euAiActReason ?? null },
    strategies: domain.strategies,
    skills: role.skills.map((r) => {
      const learn = skills.get(r.skill)?.learn;
      return {
        skill: r.skill,
        name: skills.get(r.skill)?.name ?? r.skill,
        level: r.level,
        importance: r.importance,
        essential: r.essential,
        // An estimate: the catalog's hours for each step, from no skill to the level this role asks.
        learn: learn ? { hoursToLevel: learn.hoursPerLevel.slice(0, r.level).reduce((sum, h) => sum + h, 0), basis: learn.basis, resources: learn.resources } : null,
      };
    }),
    portfolioProject: role.portfolioProject,
    outlook: role.outlook,
    related: role.related.map((id) => ({ id, title: catalog.roles.find((r) => r.id === id)?.title ?? id })),
  };
}

export type RoleDetails = ReturnType<typeof roleDetails>;

export function renderRoleText(details: RoleDetails, palette: Palette, width: number): string {
  const section = (title: string) => palette.bold(title);
  const para = (text: string) => wrap(text, width, '  ');
  const etrLine =
    details.etr.source === 'role'
      ? `This role works under an ETR of ${formatPercent(details.etr.value)} (${details.etr.tier} tier), against its domain's ${formatPercent(details.domain.etr)}: ${details.etr.reason}`
      : `The domain tolerates at most ${formatPercent(details.etr.value)} unreviewed consequential errors (${details.etr.tier} tier; EU AI Act: ${details.domain.euAiAct} risk).`;
  const aiActLine = details.euAiAct.source === 'role' ? `EU AI Act: ${details.euAiAct.class} risk for this role, where its domain is ${details.domain.euAiAct}: ${details.euAiAct.reason}` : undefined;
  const codes = [details.onet && `O*NET ${details.onet}`, details.isco && `ISCO-08 ${details.isco}`].filter(Boolean).join(', ');
  return [
    `${palette.bold(details.title)} ${palette.dim(`(${details.id}, ${details.seniority}${codes ? `, ${codes}` : ''})`)}`,
    para(details.summary),
    ...(details.codeNote ? [para(`Occupation codes: ${details.codeNote}`)] : []),
    section(`Domain: ${details.domain.name}`),
    para(etrLine),
    ...(aiActLine ? [para(aiActLine)] : []),
    para(details.domain.rationale),
    section('References'),
    ...details.domain.references.map((r) => wrap(`${r.title} — ${r.url}${r.note ? ` (${r.note})` : ''}${r.asOf ? ` [checked ${r.asOf}]` : ''}`, width, '    ', '  - ')),
    section('Strategies that keep errors within the ETR'),
    ...details.strategies.map((s) => wrap(s, width, '    ', '  - ')),
    section('Skill requirements (* essential)'),
    renderTable(
      [{ header: '  SKILL' }, { header: 'LEVEL' }, { header: 'IMPORTANCE', align: 'right' }],
      details.skills.map((s) => [`  ${s.name}${s.essential ? '*' : ''}`, `${s.level} ${levelName(s.level)}`, `${s.importance}/5`]),
      palette,
      width,
    ),
    ...learningLines(details, width, section),
    section('Portfolio project'),
    para(details.portfolioProject),
    section(`Outlook: ${details.outlook.trend}`),
    para(details.outlook.reason),
    section('Related roles'),
    para(details.related.length > 0 ? details.related.map((r) => `${r.title} (${r.id})`).join(' · ') : 'none'),
  ].join('\n');
}

/** For each required skill: about how long from none to the level asked, and where to learn it. */
function learningLines(details: RoleDetails, width: number, section: (title: string) => string): string[] {
  const taught = details.skills.filter((s) => s.learn !== null);
  if (taught.length === 0) return [];
  return [
    section('Where to learn (hours from none to the level asked: estimates)'),
    ...taught.flatMap((s) => [
      wrap(`${s.name} to ${s.level} ${levelName(s.level)}: about ${s.learn!.hoursToLevel} h`, width, '    ', '  - '),
      ...s.learn!.resources.map((r) => wrap(`${r.title} (${r.kind}, ${r.lang}, ${r.free ? 'free' : 'paid'}${r.hours === undefined ? '' : `, ${r.hours} h`}) ${r.url}`, width, '        ', '      ')),
    ]),
  ];
}
