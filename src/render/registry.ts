import type { Palette } from '../core/palette.js';
import { terminalSafeData, terminalSafeJson } from '../core/terminal-text.js';
import type { Catalog } from '../model/catalog.js';
import type { Lang } from '../model/lang.js';
import type { MatchReport } from '../report/match.js';
import type { LeverageReport, PlanReport } from '../report/plan.js';
import type { RoleDetails } from '../report/role.js';
import type { TeamReport } from '../report/team.js';
import type { Report } from '../report/types.js';
import type { ValidationReport } from '../report/validation.js';
import type { CatalogListKind } from './catalog-list.js';

/** What each command's use case returns: the one input of its renderers. */
export interface Results {
  advise: Report;
  plan: PlanReport;
  leverage: LeverageReport;
  match: MatchReport;
  team: TeamReport;
  show: RoleDetails;
  validate: ValidationReport;
  catalog: { catalog: Catalog; kind: CatalogListKind; lang: Lang };
}

/** What a text renderer needs of the terminal; the other formats ignore it. */
export interface RenderContext {
  palette: Palette;
  width: number;
  /** Print only what needs attention: `validate --quiet` prints nothing for a valid input. */
  quiet?: boolean;
}

type Renderer<Result> = (result: Result, context: RenderContext) => Promise<string>;

/*
 * One renderer per command and format; a command offers exactly the formats listed here. Each
 * module loads only when its format is asked for, so a run pays for one renderer. Text outputs
 * see the result through terminalSafeData, JSON through terminalSafeJson: what came from a file
 * (a name, a title) never reaches the terminal as a control sequence. HTML escapes on its own.
 */
export const renderers = {
  advise: {
    text: async (report, { palette, width }) => (await import('./advise-text.js')).renderAdviseText(terminalSafeData(report), palette, width),
    json: async (report) => terminalSafeJson(report, 2),
    markdown: async (report) => (await import('./advise-markdown.js')).renderAdviseMarkdown(terminalSafeData(report)),
    html: async (report) => (await import('./advise-html.js')).renderAdviseHtml(report),
  },
  plan: {
    text: async (report, { palette, width }) => (await import('./plan.js')).renderPlanText(terminalSafeData(report), palette, width),
    json: async (report) => terminalSafeJson(report, 2),
    markdown: async (report) => (await import('./plan.js')).renderPlanMarkdown(terminalSafeData(report)),
  },
  leverage: {
    text: async (report, { palette, width }) => (await import('./plan.js')).renderLeverageText(terminalSafeData(report), palette, width),
    json: async (report) => terminalSafeJson(report, 2),
    markdown: async (report) => (await import('./plan.js')).renderLeverageMarkdown(terminalSafeData(report)),
  },
  match: {
    text: async (report, { palette, width }) => (await import('./match.js')).renderMatchText(terminalSafeData(report), palette, width),
    json: async (report) => terminalSafeJson(report, 2),
    markdown: async (report) => (await import('./match.js')).renderMatchMarkdown(terminalSafeData(report)),
  },
  team: {
    text: async (report, { palette, width }) => (await import('./team-text.js')).renderTeamText(terminalSafeData(report), palette, width),
    json: async (report) => terminalSafeJson(report, 2),
    markdown: async (report) => (await import('./team-markdown.js')).renderTeamMarkdown(terminalSafeData(report)),
    html: async (report) => (await import('./team-html.js')).renderTeamHtml(report),
  },
  show: {
    text: async (details, { palette, width }) => (await import('./role.js')).renderRoleText(terminalSafeData(details), palette, width),
    json: async (details) => terminalSafeJson(details, 2),
  },
  validate: {
    text: async (report, { palette, quiet }) => (await import('./validation.js')).renderValidation(report, 'text', palette, quiet),
    json: async (report, { palette }) => (await import('./validation.js')).renderValidation(report, 'json', palette),
    github: async (report, { palette, quiet }) => (await import('./validation.js')).renderValidation(report, 'github', palette, quiet),
    sarif: async (report) => (await import('./sarif.js')).renderValidationSarif(report),
    codequality: async (report) => (await import('./codequality.js')).renderValidationCodeQuality(report),
  },
  catalog: {
    text: async ({ catalog, kind, lang }, { palette, width }) => (await import('./catalog-list.js')).renderCatalogList(terminalSafeData(catalog), kind, 'text', palette, width, lang),
    json: async ({ catalog, kind, lang }, { palette, width }) => (await import('./catalog-list.js')).renderCatalogList(catalog, kind, 'json', palette, width, lang),
  },
} satisfies { [Command in keyof Results]: Record<string, Renderer<Results[Command]>> };

export type Command = keyof typeof renderers;
export type Format<C extends Command> = keyof (typeof renderers)[C] & string;

/** The formats a command renders, in the order its help lists them. */
export function formatsOf<C extends Command>(command: C): Format<C>[] {
  return Object.keys(renderers[command]) as Format<C>[];
}

/** A command's result in one of its formats. */
export function render<C extends Command>(command: C, format: Format<C>, result: Results[C], context: RenderContext): Promise<string> {
  const renderer = renderers[command][format] as Renderer<Results[C]>;
  return renderer(result, context);
}
