import type { Catalog } from '../model/catalog.js';
import { skillCategories } from '../model/catalog.js';
import { appetiteEtr, appetiteMeanings, appetiteNote, formatPercent, riskAppetites } from '../model/etr.js';
import { levelMeanings, levelWords } from '../model/levels.js';
import { defaultWeights } from '../model/weights.js';

/** A person's answers to `etr init --interview`, ready to be written (src/profile/interview.ts). */
export interface ProfileAnswers {
  name: string;
  experienceYears: number;
  /** A role id of the catalog, or undefined for none. */
  currentRole: string | undefined;
  preferredEtr: number;
  /** Comment lines (without `# `) explaining how the preferred ETR came about. */
  riskExplanation: readonly string[];
  /** skill id → level 1–5. */
  skills: Readonly<Record<string, number>>;
  /** Domain ids. */
  interests: readonly string[];
}

/**
 * A commented starter profile: every field explained, every skill listed by category. With
 * `schema` (a path or URL of the profile's JSON Schema), the first line points editors with the
 * YAML language server at it, so they complete and check the profile. With `answers` (from the
 * interview), the same profile with the person's answers filled in: their skills uncommented in
 * place, their preferred ETR explained.
 */
export function starterProfile(catalog: Catalog, options: { schema?: string; answers?: ProfileAnswers } = {}): string {
  const exampleRole = catalog.roles[0];
  const answers = options.answers;
  const lines = [
    ...(options.schema === undefined ? [] : [`# yaml-language-server: $schema=${options.schema}`]),
    '# etr profile: edit it, then run `etr advise --profile <this file>`.',
    '',
    `name: ${answers ? JSON.stringify(answers.name) : 'Your Name'}`,
    '',
    '# Your risk appetite: how many consequential AI errors you are comfortable seeing reach a',
    '# decision unreviewed, and so how high the stakes of the work you are matched to.',
    ...comment(appetiteNote.en, '# '),
    ...riskAppetites.flatMap((a) => comment(appetiteMeanings.en[a], `#   ${a.padEnd(9)}  ${`about ${formatPercent(appetiteEtr[a])}`.padEnd(10)}  `)),
    ...(answers
      ? ['# (or give riskAppetite: one of the words above, instead of preferredEtr)', ...answers.riskExplanation.flatMap((line) => comment(line, '# ')), `preferredEtr: ${answers.preferredEtr}`]
      : ['# (or give preferredEtr: 0.03 instead, as a fraction)', 'riskAppetite: medium']),
    '',
    `experienceYears: ${answers ? answers.experienceYears : 3}`,
    '',
    ...(answers?.currentRole !== undefined
      ? ['# The job you hold now: it is not proposed as a move, and the roles it leads to are marked as next steps.', `currentRole: ${answers.currentRole}`, '']
      : exampleRole === undefined
      ? []
      : [
          '# The job you hold now, if the catalog has it: a role id or its title (see `etr catalog roles`).',
          '# It is not proposed as a move, and the roles it naturally leads to are marked as next steps.',
          `# currentRole: ${exampleRole.id}`,
          '',
        ]),
    '# Hours a week you can spend learning: the report turns the hours to close each gap into weeks.',
    'hoursPerWeek: 5',
    '',
    '# Each role in the report also shows its outlook (growing, stable or shrinking) and why:',
    '# a shrinking role is still ranked, and you decide.',
    '# Your skills and levels. Keys may be ids, names or aliases ("PyTorch", "prompt engineering").',
    `# Levels: ${levelWords.map((w, i) => `${i} ${w}`).join(' · ')} (numbers or words).`,
    ...levelMeanings.slice(1).map((meaning, i) => `#   ${i + 1} ${meaning}`),
    '# Delete the comment mark of each skill you have, and set its level; leave out the rest.',
    ...(answers ? [Object.keys(answers.skills).length === 0 ? 'skills: {}' : 'skills:'] : ['skills:', '  python: 2']),
  ];
  const idWidth = Math.max(...catalog.skills.map((s) => s.id.length)) + 3;
  for (const category of skillCategories) {
    const skills = catalog.skills.filter((s) => s.category === category);
    if (skills.length === 0) continue;
    lines.push(`  # --- ${category} ---`);
    for (const skill of skills) {
      const level = answers && Object.hasOwn(answers.skills, skill.id) ? answers.skills[skill.id] : undefined;
      if (level !== undefined) lines.push(`  ${`${skill.id}: ${level}`.padEnd(idWidth + 2)}  # ${skill.name}`);
      else if (answers || skill.id !== 'python') lines.push(`  # ${`${skill.id}: 0`.padEnd(idWidth)}  # ${skill.name}`);
    }
  }
  const domainIds = catalog.domains.map((d) => d.id);
  lines.push(
    '',
    `# Domains you would like to work in (ids: ${domainIds.join(', ')}).`,
    `interests: [${answers ? answers.interests.join(', ') : ''}]`,
    '# Domains to leave out entirely.',
    'exclude: []',
    '',
    '# How much each part of the fit counts; they are scaled to sum to 1.',
    'weights:',
    `  skill: ${defaultWeights.skill}`,
    `  risk: ${defaultWeights.risk}`,
    `  interest: ${defaultWeights.interest}`,
    '',
  );
  return lines.join('\n');
}

/** Text as comment lines of at most 100 characters: the first after `lead`, the rest indented as far. */
function comment(text: string, lead: string, width = 100): string[] {
  const indent = `#${' '.repeat(lead.length - 1)}`;
  const lines: string[] = [];
  let line = lead;
  for (const word of text.split(' ')) {
    if (line.length > indent.length && line !== lead && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line += line === lead ? word : ` ${word}`;
  }
  lines.push(line);
  return lines;
}
