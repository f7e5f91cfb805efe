import { Option, type Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import { UsageError } from '../core/errors.js';
import { outputWidth, writeStdout } from '../core/output.js';
import { terminalSafeData, terminalSafeJson } from '../core/terminal-text.js';
import { didYouMean } from '../core/suggest.js';
import { rankRoles } from '../engine/rank.js';
import { loadProfile } from '../profile/load.js';
import { applyOverrides } from '../profile/overrides.js';
import { collect, hoursPerWeek, positiveInteger, printWarnings, stdoutPalette } from './options.js';

interface PlanOptions {
  profile: string;
  catalog?: string;
  target: string[];
  steps: number;
  leverage?: boolean;
  top: number;
  format: 'text' | 'json' | 'markdown';
  strict?: boolean;
  hoursPerWeek?: number;
}

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .summary('a learning plan: which skill to raise next, and how much it moves you')
    .description('Plan one-level skill upgrades toward target roles (default: your top three), each chosen for the largest gain; or, with --leverage, list the skills whose next level brings the most roles closer.')
    .requiredOption('--profile <file>', 'your profile (YAML); - reads standard input')
    .option('--catalog <dir>', 'catalog directory (default: the built-in catalog)')
    .option('--target <role>', 'a role to plan toward (repeatable; default: your top three)', collect, [])
    .option('--steps <n>', 'at most this many upgrades', positiveInteger, 10)
    .option('--hours-per-week <hours>', "hours a week you can spend learning (default: the profile's hoursPerWeek, else 5)", hoursPerWeek)
    .option('--leverage', 'list the skills that open the most doors instead of a plan')
    .option('--top <n>', 'with --leverage: how many skills to list', positiveInteger, 10)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--strict', 'treat profile warnings as errors')
    .addHelpText(
      'after',
      `
Examples:
  $ etr plan --profile me.yaml                          # toward your current top three roles
  $ etr plan --profile me.yaml --target prompt-engineer --steps 5
  $ etr plan --profile me.yaml --leverage               # skills that open the most doors`,
    )
    .action(async (options: PlanOptions, command: Command) => {
      const { catalog, warnings: catalogWarnings } = await openCatalog(options.catalog);
      // The plan's engines and renderers load with the command, not with every run of etr.
      const [{ leverage }, { planLearning }, { leverageReport, planReport, renderLeverageMarkdown, renderLeverageText, renderPlanMarkdown, renderPlanText }] = await Promise.all([
        import('../engine/leverage.js'),
        import('../engine/plan.js'),
        import('../report/plan.js'),
      ]);
      const roleIds = catalog.roles.map((r) => r.id);
      for (const id of options.target) {
        if (!roleIds.includes(id)) throw new UsageError(`--target ${id}: no such role`, didYouMean(id, roleIds) ?? 'see `etr catalog roles`');
      }
      const { draft, warnings } = await loadProfile(options.profile, catalog, { strict: options.strict ?? false });
      printWarnings(command, [...catalogWarnings, ...warnings]);
      const profile = applyOverrides(draft, options.hoursPerWeek === undefined ? {} : { hoursPerWeek: options.hoursPerWeek }, catalog);
      const palette = stdoutPalette(command, options.format);
      if (options.leverage) {
        const report = leverageReport(leverage(catalog, profile), profile.name, options.top);
        writeStdout(options.format === 'json' ? terminalSafeJson(report, 2) : options.format === 'markdown' ? renderLeverageMarkdown(terminalSafeData(report)) : renderLeverageText(terminalSafeData(report), palette, outputWidth()));
        return;
      }
      const targets = options.target.length > 0 ? [...new Set(options.target)] : rankRoles(catalog, profile).slice(0, 3).map((s) => s.role.id);
      if (targets.length === 0) throw new UsageError('no role to plan toward: the profile excludes every domain', 'take some domains out of exclude, or name roles with --target');
      const report = planReport(planLearning(catalog, profile, targets, options.steps), profile, catalog.skills);
      writeStdout(options.format === 'json' ? terminalSafeJson(report, 2) : options.format === 'markdown' ? renderPlanMarkdown(terminalSafeData(report)) : renderPlanText(terminalSafeData(report), palette, outputWidth()));
    });
}
