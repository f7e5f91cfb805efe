import type { Catalog } from '../model/catalog.js';
import { skillCategories } from '../model/catalog.js';
import type { RiskAppetite } from '../model/etr.js';
import type { Lang } from '../model/lang.js';
import { interviewText, zhScenarios } from '../profile/interview-text.js';
import { templateText } from '../profile/template-text.js';
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
export async function runInterview(catalog: Catalog, lang: Lang = 'en'): Promise<InterviewAnswers> {
  const clack = await import('@clack/prompts');
  const t = interviewText(lang);
  const zh = lang === 'zh';
  const skillName = (skill: Catalog['skills'][number]) => (zh && skill.zh ? skill.zh.name : skill.name);
  const category = (c: (typeof skillCategories)[number]) => templateText(lang).category(c);
  // The prompts library writes its key instructions in English only; where the interview speaks
  // another language they are its own, on the line under the question.
  const keys = (message: string, instructions: string | undefined) => (instructions === undefined ? { message } : { message: `${message}\n${instructions}`, showInstructions: false });
  const answer = <T>(value: T): Exclude<T, symbol> => {
    if (clack.isCancel(value)) {
      clack.cancel(t.cancelled);
      throw new InterviewCancelled();
    }
    return value as Exclude<T, symbol>;
  };

  clack.intro(t.intro);
  const name = answer(await clack.text({ message: t.name, validate: (v) => (v === undefined || v.trim() === '' ? t.nameNeeded : undefined) }));
  const years = readYears(
    answer(await clack.text({ message: t.years, placeholder: '3', validate: (v) => (readYears(v ?? '') === undefined ? t.yearsNeeded : undefined) })),
  )!;
  const names = roleNames(catalog);
  const roleText = answer(
    await clack.text({
      message: t.currentRole,
      placeholder: t.noRole,
      validate: (v) => {
        if (v === undefined || v.trim() === '') return undefined;
        const found = names.resolve(v);
        if (found === undefined) return t.unknownRole(names.suggest(v, lang));
        if ('ambiguous' in found) return t.ambiguousRole(found.ambiguous);
        return undefined;
      },
    }),
  );
  // An empty answer may come back as undefined.
  const found = (roleText ?? '').trim() === '' ? undefined : names.resolve(roleText);
  const currentRole = found !== undefined && 'id' in found ? found.id : undefined;

  clack.note(t.scenariosNote, t.scenariosTitle);
  const chosen: Record<string, RiskAppetite> = {};
  for (const scenario of scenarios) {
    chosen[scenario.id] = answer(
      await clack.select<RiskAppetite>({
        ...keys(zh ? zhScenarios[scenario.id]!.question : scenario.question, t.selectKeys),
        options: scenario.options.map((o, i) => ({ value: o.appetite, label: zh ? zhScenarios[scenario.id]!.options[i]! : o.label })),
        initialValue: 'medium',
      }),
    );
  }
  const risk = preferredEtrOf(chosen, lang);
  clack.note(risk.explanation.join('\n'), t.preferredEtr(risk.preferredEtr));

  const interests = answer(
    await clack.multiselect<string>({
      ...keys(t.interests, t.multiselectKeys),
      options: catalog.domains.map((d) => ({ value: d.id, label: zh && d.zh ? d.zh.name : d.name, hint: d.id })),
      required: false,
    }),
  );

  const categories = skillCategories.filter((c) => catalog.skills.some((s) => s.category === c));
  const withSkills = answer(
    await clack.multiselect<string>({
      ...keys(t.areas, t.multiselectKeys),
      options: categories.map((c) => ({ value: c, label: category(c), hint: catalog.skills.filter((s) => s.category === c).slice(0, 3).map(skillName).join(t.listSeparator) })),
      required: false,
    }),
  );
  const skills: Record<string, number> = {};
  for (const area of categories.filter((c) => withSkills.includes(c))) {
    const ids = answer(
      await clack.multiselect<string>({
        ...keys(t.skillsIn(category(area)), t.multiselectKeys),
        options: catalog.skills.filter((s) => s.category === area).map((s) => ({ value: s.id, label: skillName(s) })),
        required: false,
      }),
    );
    for (const id of ids) {
      const skill = catalog.skills.find((s) => s.id === id)!;
      skills[id] = answer(
        await clack.select<number>({
          ...keys(t.levelIn(skillName(skill)), t.selectKeys),
          options: [1, 2, 3, 4, 5].map((level) => ({ value: level, label: `${level} ${t.levelMeanings[level]}` })),
          initialValue: 2,
        }),
      );
    }
  }
  clack.outro(t.outro);
  return { name, experienceYears: years, currentRole, scenarios: chosen, interests, skills };
}
