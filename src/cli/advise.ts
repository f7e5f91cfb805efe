import { Option, type Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import { UsageError } from '../core/errors.js';
import { outputWidth, writeStdout } from '../core/output.js';
import { terminalSafeData, terminalSafeJson } from '../core/terminal-text.js';
import { didYouMean } from '../core/suggest.js';
import { advise } from '../report/advise.js';
import { loadProfile } from '../profile/load.js';
import { applyOverrides, type ProfileOverrides } from '../profile/overrides.js';
import { renderAdviseText } from '../render/advise-text.js';
import { problemToJson } from '../render/problems.js';
import { langs } from '../report/i18n.js';
import { reportLang } from './lang.js';
import { collect, hoursPerWeek, positiveInteger, printWarnings, stdoutPalette } from './options.js';

interface AdviseOptions {
  profile?: string;
  batch?: string;
  catalog?: string;
  top: number;
  domain: string[];
  risk?: string;
  weights?: string;
  set: string[];
  format: 'text' | 'json' | 'markdown' | 'html';
  lang?: string;
  strict?: boolean;
  compare?: boolean;
  hoursPerWeek?: number;
}

function describeOverrides(overrides: ProfileOverrides): string[] {
  return [
    ...(overrides.set ?? []).map((s) => `--set ${s}`),
    ...(overrides.risk !== undefined ? [`--risk ${overrides.risk}`] : []),
    ...(overrides.weights !== undefined ? [`--weights ${overrides.weights}`] : []),
  ];
}

export function registerAdvise(program: Command): void {
  program
    .command('advise')
    .summary('rank career paths for a profile, with gaps and risk fit')
    .description('Rank the catalog\'s roles for one person by skill fit, risk fit (the domain\'s error tolerance against your appetite) and interest, and explain each result.')
    .option('--profile <file>', 'your profile (YAML); - reads standard input')
    .option('--batch <file>', 'many profiles, as JSON lines or a YAML stream (- reads standard input): one JSON line out per profile')
    .option('--catalog <dir>', 'catalog directory (default: the built-in catalog)')
    .option('--top <n>', 'how many roles to show', positiveInteger, 10)
    .option('--domain <id>', 'only roles in this domain (repeatable)', collect, [])
    .option('--risk <appetite>', 'override the risk appetite: very-low|low|medium|high|very-high, or an ETR such as 0.03 or 3%')
    .option('--weights <list>', 'override the weights, e.g. skill=0.6,risk=0.3,interest=0.1')
    .option('--set <skill=level>', 'what if: set a skill level for this run (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format (html: one self-contained page with a risk map)').choices(['text', 'json', 'markdown', 'html']).default('text'))
    .addOption(new Option('--lang <lang>', 'report language (default: $ETR_LANG, else en)').choices([...langs]))
    .option('--hours-per-week <hours>', "hours a week you can spend learning, for the time to ready (default: the profile's hoursPerWeek, else 5)", hoursPerWeek)
    .option('--compare', 'with --set, --risk or --weights: show the ranking beside the profile as written')
    .option('--strict', 'treat profile warnings (an unknown skill, say) as errors')
    .addHelpText(
      'after',
      `
Examples:
  $ etr advise --profile me.yaml
  $ etr advise --profile me.yaml --top 5 --domain medical --domain finance
  $ etr advise --profile me.yaml --set python=4 --risk high --compare   # what if?
  $ etr advise --profile me.yaml --format json | jq '.results[0].role'
  $ etr advise --profile me.yaml --format markdown > career-paths.md
  $ etr advise --profile me.yaml --format html > career-paths.html
  $ etr advise --profile me.yaml --lang zh                             # 中文报告
  $ etr advise --batch people.jsonl > rankings.ndjson                   # thousands of profiles`,
    )
    .action(async (options: AdviseOptions, command: Command) => {
      const lang = reportLang(options.lang);
      const { catalog, source, digest, warnings: catalogWarnings } = await openCatalog(options.catalog);
      const domainIds = catalog.domains.map((d) => d.id);
      for (const id of options.domain) {
        if (!domainIds.includes(id)) throw new UsageError(`--domain ${id}: no such domain`, didYouMean(id, domainIds) ?? 'see `etr catalog domains`');
      }
      const overrides = { risk: options.risk, weights: options.weights, set: options.set, ...(options.hoursPerWeek !== undefined && { hoursPerWeek: options.hoursPerWeek }) };
      if (options.batch !== undefined) {
        if (options.profile !== undefined || options.compare || command.getOptionValueSource('format') === 'cli') {
          throw new UsageError('--batch does not combine with --profile, --compare or --format', 'a batch writes one JSON line per profile; see the README section "Batch"');
        }
        printWarnings(command, catalogWarnings);
        const { runBatch } = await import('../app/batch.js');
        process.exitCode = await runBatch(options.batch, { catalog, top: options.top, domains: [...new Set(options.domain)].sort(), overrides, strict: options.strict ?? false });
        return;
      }
      if (options.profile === undefined) throw new UsageError('advise needs --profile FILE (or --batch FILE for many profiles)', 'e.g. etr advise --profile me.yaml; `etr init` writes a starter profile');
      const { draft, warnings: profileWarnings } = await loadProfile(options.profile, catalog, { strict: options.strict ?? false });
      const profile = applyOverrides(draft, overrides, catalog);
      const changes = describeOverrides(overrides);
      if (options.compare && changes.length === 0) throw new UsageError('--compare needs something to compare: --set, --risk or --weights', 'e.g. etr advise --profile me.yaml --set python=4 --compare');
      const warnings = [...catalogWarnings, ...profileWarnings];
      printWarnings(command, warnings);
      const report = advise({
        catalog,
        profile,
        top: options.top,
        domains: [...new Set(options.domain)].sort(),
        catalogSource: source,
        catalogDigest: digest,
        warnings: warnings.map(problemToJson),
        ...(options.compare ? { baseline: { profile: applyOverrides(draft, {}, catalog), changes } } : {}),
        lang,
      });
      if (options.format === 'json') writeStdout(terminalSafeJson(report, 2));
      // The markdown and HTML renderers load only for their formats.
      else if (options.format === 'markdown') writeStdout((await import('../render/advise-markdown.js')).renderAdviseMarkdown(terminalSafeData(report)));
      else if (options.format === 'html') writeStdout((await import('../render/advise-html.js')).renderAdviseHtml(report));
      else writeStdout(renderAdviseText(terminalSafeData(report), stdoutPalette(command, options.format), outputWidth()));
    });
}
