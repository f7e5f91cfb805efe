import { messages } from '../report/i18n.js';
import type { Palette } from '../core/palette.js';
import type { RoleDetails } from '../report/role.js';
import { formatPercent } from '../model/etr.js';
import { levelName } from '../model/levels.js';
import { renderTable } from './table.js';
import { wrap } from './text-layout.js';


/** `etr show` as text. */
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
    para(`${messages('en').region.markdown} ${messages('en').region.line(details.region)}`),
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
