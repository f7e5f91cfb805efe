import type { Catalog } from '../model/catalog.js';
import { skillCategories } from '../model/catalog.js';
import type { RiskAppetite } from '../model/etr.js';
import { levelMeanings } from '../model/levels.js';
import { preferredEtrOf, readYears, scenarios, type InterviewAnswers } from '../profile/interview.js';
import { roleNames } from '../profile/role-names.js';

/** The interview was cancelled (Ctrl-C or Escape): nothing is written, exit 130 as for SIGINT. */
export class InterviewCancelled extends Error {
  constructor() {
    super('interview cancelled');
    this.name = 'InterviewCancelled';
  }
}

/**
 * `etr init --interview`: asks the questions of src/profile/interview.ts on the terminal and
 * returns the answers. The prompts library is imported here, on first use, and only by this
 * command: it is no part of the bundle every other command loads (scripts/build.mjs).
 */
export async function runInterview(catalog: Catalog): Promise<InterviewAnswers> {
  const clack = await import('@clack/prompts');
  const answer = <T>(value: T): Exclude<T, symbol> => {
    if (clack.isCancel(value)) {
      clack.cancel('Interview cancelled; nothing written.');
      throw new InterviewCancelled();
    }
    return value as Exclude<T, symbol>;
  };

  clack.intro('etr init --interview: a profile in about five minutes');
  const name = answer(await clack.text({ message: 'Your name', validate: (v) => (v === undefined || v.trim() === '' ? 'a name, or a nickname' : undefined) }));
  const years = readYears(
    answer(await clack.text({ message: 'Years of work experience', placeholder: '3', validate: (v) => (readYears(v ?? '') === undefined ? 'a whole number from 0 to 70' : undefined) })),
  )!;
  const names = roleNames(catalog);
  const roleText = answer(
    await clack.text({
      message: 'Your current role, if etr knows it (a role id or title; empty for none)',
      placeholder: 'none',
      validate: (v) => {
        if (v === undefined || v.trim() === '') return undefined;
        const found = names.resolve(v);
        if (found === undefined) return `not a role etr knows${names.suggest(v).length > 0 ? `; did you mean ${names.suggest(v).join(', ')}?` : ''}`;
        if ('ambiguous' in found) return `several roles have that title; give the id: ${found.ambiguous.join(', ')}`;
        return undefined;
      },
    }),
  );
  // An empty answer may come back as undefined.
  const found = (roleText ?? '').trim() === '' ? undefined : names.resolve(roleText);
  const currentRole = found !== undefined && 'id' in found ? found.id : undefined;

  clack.note(
    'Next, five situations about AI errors. The first three ask how many errors you can live with\npassing unreviewed in your daily work; the last two, how much accountability for a harmful\nerror you want to carry. There are no right answers.',
    'Error tolerance',
  );
  const chosen: Record<string, RiskAppetite> = {};
  for (const scenario of scenarios) {
    chosen[scenario.id] = answer(
      await clack.select<RiskAppetite>({
        message: scenario.question,
        options: scenario.options.map((o) => ({ value: o.appetite, label: o.label })),
        initialValue: 'medium',
      }),
    );
  }
  const risk = preferredEtrOf(chosen);
  clack.note(risk.explanation.join('\n'), `preferredEtr: ${risk.preferredEtr}`);

  const interests = answer(
    await clack.multiselect<string>({
      message: 'Domains you would like to work in (space to choose, enter to go on)',
      options: catalog.domains.map((d) => ({ value: d.id, label: d.name, hint: d.id })),
      required: false,
    }),
  );

  const categories = skillCategories.filter((c) => catalog.skills.some((s) => s.category === c));
  const withSkills = answer(
    await clack.multiselect<string>({
      message: 'Areas you have skills in (you choose the skills of each next)',
      options: categories.map((c) => ({ value: c, label: c, hint: catalog.skills.filter((s) => s.category === c).slice(0, 3).map((s) => s.name).join(', ') })),
      required: false,
    }),
  );
  const skills: Record<string, number> = {};
  for (const category of categories.filter((c) => withSkills.includes(c))) {
    const ids = answer(
      await clack.multiselect<string>({
        message: `Your ${category} skills`,
        options: catalog.skills.filter((s) => s.category === category).map((s) => ({ value: s.id, label: s.name })),
        required: false,
      }),
    );
    for (const id of ids) {
      const skill = catalog.skills.find((s) => s.id === id)!;
      skills[id] = answer(
        await clack.select<number>({
          message: `Your level in ${skill.name}`,
          options: [1, 2, 3, 4, 5].map((level) => ({ value: level, label: `${level} ${levelMeanings[level]}` })),
          initialValue: 2,
        }),
      );
    }
  }
  clack.outro('Thank you. Writing your profile.');
  return { name, experienceYears: years, currentRole, scenarios: chosen, interests, skills };
}
