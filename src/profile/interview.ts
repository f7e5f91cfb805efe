import type { Catalog } from '../model/catalog.js';
import { appetiteEtr, appetiteMeanings, appetiteOfEtr, appetiteWords, formatPercent, riskAppetites, type RiskAppetite } from '../model/etr.js';
import type { Lang } from '../model/lang.js';
import { starterProfile } from './template.js';
import { templateText } from './template-text.js';

/**
 * The questions of `etr init --interview` as data, and the pure function from a person's answers
 * to a profile. The prompting itself is src/cli/interview.ts; nothing here reads a terminal.
 *
 * The error-tolerance preference is asked through concrete scenarios in two groups, kept apart
 * because people answer them differently:
 * - `unreviewed`: how many AI errors you can live with passing unreviewed in your daily work;
 * - `accountability`: how much personal accountability for a harmful error you want to carry.
 * Every option of every scenario is one of the five appetites, so it stands for that appetite's
 * ETR (src/model/etr.ts appetiteEtr: 0.1%, 1%, 3%, 10%, 30%, one per tier). The options are listed
 * from the strictest to the loosest.
 */
export type ScenarioGroup = 'unreviewed' | 'accountability';

export interface Scenario {
  readonly id: string;
  readonly group: ScenarioGroup;
  readonly question: string;
  /** One option per appetite, strictest first. */
  readonly options: readonly { readonly appetite: RiskAppetite; readonly label: string }[];
}

export const scenarios: readonly Scenario[] = [
  {
    id: 'product-texts',
    group: 'unreviewed',
    question: 'An AI writes 100 texts a day for your work and you cannot check them all. How many may go out unchecked with a wrong fact before you would stop that?',
    options: [
      { appetite: 'very-low', label: 'none: I check every one, or nothing goes out' },
      { appetite: 'low', label: 'about 1 in 100' },
      { appetite: 'medium', label: 'about 3 in 100' },
      { appetite: 'high', label: 'about 10 in 100' },
      { appetite: 'very-high', label: 'about 30 in 100: readers shrug at a slip' },
    ],
  },
  {
    id: 'overnight-answers',
    group: 'unreviewed',
    question: "An AI assistant answers people's questions for you overnight; you read the log next morning. Which share of wrong answers could you live with, day after day?",
    options: [
      { appetite: 'very-low', label: '1 in 1,000 or fewer' },
      { appetite: 'low', label: '1 in 100' },
      { appetite: 'medium', label: '3 in 100' },
      { appetite: 'high', label: '1 in 10' },
      { appetite: 'very-high', label: '3 in 10, as long as most are useful' },
    ],
  },
  {
    id: 'summaries',
    group: 'unreviewed',
    question: 'Your team acts on AI summaries of long documents, and nobody re-reads the sources. Which of these would you be at ease with?',
    options: [
      { appetite: 'very-low', label: 'only if summaries are as good as a second expert reading every line' },
      { appetite: 'low', label: 'a wrong detail in 1 summary of 100, caught by a later check' },
      { appetite: 'medium', label: 'a wrong detail in 3 of 100, noticed when someone complains' },
      { appetite: 'high', label: 'a wrong detail in 1 of 10, fixed when it matters' },
      { appetite: 'very-high', label: 'errors are fine: the summaries only point people to what to read' },
    ],
  },
  {
    id: 'sign-off',
    group: 'accountability',
    question: 'Which release of an AI system would you put your own name to, answering for its errors?',
    options: [
      { appetite: 'very-low', label: 'software that doses insulin or steers a car: an error can injure, and investigators ask me' },
      { appetite: 'low', label: 'AI-drafted clinical notes or contracts: an error harms a patient or a client, and a regulator asks me' },
      { appetite: 'medium', label: "a model that shortlists job candidates or loan applications: an error costs someone a job or money; an auditor asks me" },
      { appetite: 'high', label: 'a support chatbot or a news digest: an error misleads someone; I correct it and apologise' },
      { appetite: 'very-high', label: 'ad copy or game content: an error embarrasses the brand at worst' },
    ],
  },
  {
    id: 'after-harm',
    group: 'accountability',
    question: 'An error your AI work let through has hurt someone. What part do you want to play afterwards?',
    options: [
      { appetite: 'very-low', label: 'the named person responsible, in an investigation or in court if it comes to that' },
      { appetite: 'low', label: 'the one who shows a regulator or auditor the checks I documented' },
      { appetite: 'medium', label: 'the one who owns the fix and explains it to the people affected' },
      { appetite: 'high', label: 'one of a team that shares it; I fix my part and move on' },
      { appetite: 'very-high', label: "none, if I can help it: I'd rather work where errors do no lasting harm" },
    ],
  },
];

/** Each group's ETR: the geometric mean of its answers' ETRs (errors are compared in decades). */
function geometricMean(values: readonly number[]): number {
  return 10 ** (values.reduce((sum, v) => sum + Math.log10(v), 0) / values.length);
}

/** An ETR to two significant digits, as a profile shows it (0.0232 → 0.023). */
function roundEtr(etr: number): number {
  return Number(etr.toPrecision(2));
}

/** The sentences that explain a preferred ETR, in each language. */
const explanations = {
  en: {
    result: (percent: string, appetite: RiskAppetite) => `Your answers put your preferred ETR at ${percent} (${appetite}): ${appetiteMeanings.en[appetite]}.`,
    apart: (unreviewed: string, accountability: string) =>
      `Your two kinds of answer pull apart: about ${unreviewed} for the errors you can live with unreviewed, about ${accountability} for the accountability you want; this is the middle of the two, on a log scale.`,
  },
  zh: {
    result: (percent: string, appetite: RiskAppetite) => `根据你的回答，你偏好的 ETR 为${percent}，风险偏好属于“${appetiteWords.zh[appetite]}”。${appetiteMeanings.zh[appetite]}。`,
    apart: (unreviewed: string, accountability: string) => `你的两类回答相差较大：能接受的未审核错误约${unreviewed}，愿意承担的责任约${accountability}；这里取两者在对数尺度上的中间值。`,
  },
} satisfies Record<Lang, unknown>;

export interface RiskResult {
  /** The geometric mean of the `unreviewed` answers' ETRs. */
  readonly unreviewed: number;
  /** The geometric mean of the `accountability` answers' ETRs. */
  readonly accountability: number;
  /** The geometric mean of the two groups, to two significant digits: what the profile gets. */
  readonly preferredEtr: number;
  readonly appetite: RiskAppetite;
  /** One or two sentences for the person: what the number is and what it means. */
  readonly explanation: readonly string[];
}

/**
 * The preferred ETR from the scenarios' answers (scenario id → the appetite chosen): each group's
 * answers averaged on the log scale, then the two groups averaged alike, so the two groups count
 * the same however many scenarios each has. Between the strictest option (0.1%) and the loosest
 * (30%), and never lower when an answer is looser.
 */
export function preferredEtrOf(answers: Readonly<Record<string, RiskAppetite>>, lang: Lang = 'en'): RiskResult {
  const etrs = (group: ScenarioGroup) =>
    scenarios.filter((s) => s.group === group).map((s) => {
      const answer = answers[s.id];
      if (answer === undefined || !riskAppetites.includes(answer)) throw new Error(`no answer to scenario ${s.id}`);
      return appetiteEtr[answer];
    });
  const unreviewed = geometricMean(etrs('unreviewed'));
  const accountability = geometricMean(etrs('accountability'));
  const preferredEtr = roundEtr(geometricMean([unreviewed, accountability]));
  const appetite = appetiteOfEtr(preferredEtr);
  const explanation = [explanations[lang].result(formatPercent(preferredEtr), appetite)];
  if (Math.abs(Math.log10(unreviewed) - Math.log10(accountability)) >= 1) explanation.push(explanations[lang].apart(formatPercent(unreviewed), formatPercent(accountability)));
  return { unreviewed, accountability, preferredEtr, appetite, explanation };
}

export interface InterviewAnswers {
  readonly name: string;
  readonly experienceYears: number;
  /** A role id of the catalog, or undefined. */
  readonly currentRole: string | undefined;
  /** Scenario id → the appetite of the option chosen. */
  readonly scenarios: Readonly<Record<string, RiskAppetite>>;
  readonly interests: readonly string[];
  /** Skill id → level 1–5. */
  readonly skills: Readonly<Record<string, number>>;
}

/** The profile the interview writes: init's starter profile with the answers filled in. */
export function interviewProfile(catalog: Catalog, answers: InterviewAnswers, options: { schema?: string; lang?: Lang } = {}): string {
  const lang = options.lang ?? 'en';
  const risk = preferredEtrOf(answers.scenarios, lang);
  return starterProfile(catalog, {
    ...options,
    answers: {
      name: answers.name.trim(),
      experienceYears: answers.experienceYears,
      currentRole: answers.currentRole,
      preferredEtr: risk.preferredEtr,
      riskExplanation: [
        templateText(lang).fromInterview(scenarios.length, formatPercent(risk.unreviewed), formatPercent(risk.accountability)),
        ...risk.explanation,
      ],
      skills: answers.skills,
      interests: answers.interests,
    },
  });
}

/** Reads "7", " 12 " as years of experience: a whole number 0–70, as a profile allows. */
export function readYears(text: string): number | undefined {
  return /^\s*\d{1,2}\s*$/.test(text) && Number(text) <= 70 ? Number(text) : undefined;
}
