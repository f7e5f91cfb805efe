import type { Catalog } from '../model/catalog.js';
import { skillCategories } from '../model/catalog.js';
import { appetiteEtr, appetiteMeanings, appetiteNote, formatPercent, riskAppetites } from '../model/etr.js';
import { levelWords } from '../model/levels.js';
import { defaultWeights } from '../model/weights.js';
import type { Lang } from '../model/lang.js';
import { displayWidth, isWideChar, padEnd, wrap } from '../core/text-width.js';
import { templateText } from './template-text.js';

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
export function starterProfile(catalog: Catalog, options: { schema?: string; answers?: ProfileAnswers; lang?: Lang } = {}): string {
  const exampleRole = catalog.roles[0];
  const answers = options.answers;
  const lang = options.lang ?? 'en';
  const t = templateText(lang);
  const wordWidth = Math.max(...riskAppetites.map((a) => displayWidth(t.appetiteWord(a))));
  const aboutWidth = Math.max(...riskAppetites.map((a) => displayWidth(t.about(formatPercent(appetiteEtr[a])))));
  const lines = [
    ...(options.schema === undefined ? [] : [`# yaml-language-server: $schema=${options.schema}`]),
    t.intro,
    '',
    ...t.nameNote,
    `name: ${answers ? JSON.stringify(answers.name) : t.yourName}`,
    '',
    ...t.riskIntro,
    ...comment(appetiteNote[lang], '# '),
    ...riskAppetites.flatMap((a) => comment(appetiteMeanings[lang][a], `#   ${padEnd(t.appetiteWord(a), wordWidth)}  ${padEnd(t.about(formatPercent(appetiteEtr[a])), aboutWidth)}  `)),
    ...(answers
      ? [t.orRiskAppetite, ...answers.riskExplanation.flatMap((line) => comment(line, '# ')), `preferredEtr: ${answers.preferredEtr}`]
      : [t.orPreferredEtr, 'riskAppetite: medium']),
    '',
    ...t.experienceNote,
    `experienceYears: ${answers ? answers.experienceYears : 3}`,
    '',
    ...(answers?.currentRole !== undefined
      ? [t.currentRoleAnswered, `currentRole: ${answers.currentRole}`, '']
      : exampleRole === undefined
      ? []
      : [...t.currentRoleExample, `# currentRole: ${exampleRole.id}`, '']),
    t.hoursNote,
    'hoursPerWeek: 5',
    '',
    ...t.outlookNote,
    t.skillsNote,
    t.levelsLine(levelWords),
    ...t.levelMeanings.slice(1).map((meaning, i) => `#   ${i + 1} ${meaning}`),
    t.deleteMark,
    ...(answers ? [Object.keys(answers.skills).length === 0 ? 'skills: {}' : 'skills:'] : ['skills:', '  python: 2']),
  ];
  const idWidth = Math.max(...catalog.skills.map((s) => s.id.length)) + 3;
  const skillName = (skill: Catalog['skills'][number]) => (lang === 'zh' && skill.zh ? skill.zh.name : skill.name);
  for (const category of skillCategories) {
    const skills = catalog.skills.filter((s) => s.category === category);
    if (skills.length === 0) continue;
    lines.push(`  # --- ${t.category(category)} ---`);
    for (const skill of skills) {
      const level = answers && Object.hasOwn(answers.skills, skill.id) ? answers.skills[skill.id] : undefined;
      if (level !== undefined) lines.push(`  ${`${skill.id}: ${level}`.padEnd(idWidth + 2)}  # ${skillName(skill)}`);
      else if (answers || skill.id !== 'python') lines.push(`  # ${`${skill.id}: 0`.padEnd(idWidth)}  # ${skillName(skill)}`);
    }
  }
  const domainIds = catalog.domains.map((d) => d.id);
  const weightKeys = ['skill', 'risk', 'interest'] as const;
  const weightWidth = Math.max(...weightKeys.map((key) => `${key}: ${defaultWeights[key]}`.length));
  const weight = (key: (typeof weightKeys)[number]) => (t.weightNames ? `  ${`${key}: ${defaultWeights[key]}`.padEnd(weightWidth)}  # ${t.weightNames[key]}` : `  ${key}: ${defaultWeights[key]}`);
  lines.push(
    '',
    ...t.interestsNote(domainIds),
    `interests: [${answers ? answers.interests.join(', ') : ''}]`,
    t.excludeNote,
    'exclude: []',
    '',
    t.weightsNote,
    'weights:',
    weight('skill'),
    weight('risk'),
    weight('interest'),
    '',
  );
  return lines.join('\n');
}

/**
 * Text as comment lines of at most 100 columns: the first after `lead`, the rest indented as far.
 * English breaks between words; Chinese, which has no spaces, also between characters.
 */
function comment(text: string, lead: string, width = 100): string[] {
  const indent = `#${' '.repeat(displayWidth(lead) - 1)}`;
  if (![...text].some(isWideChar)) return commentWords(text, lead, indent, width);
  return wrap(text, width, indent, lead).split('\n');
}

/** ASCII text as comment lines, broken between words (as the English profile always was). */
function commentWords(text: string, lead: string, indent: string, width: number): string[] {
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
