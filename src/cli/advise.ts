import { Option, type Command } from 'commander';
import { catalogDigest } from '../catalog/digest.js';
import { openCatalog } from '../catalog/source.js';
import { UsageError } from '../core/errors.js';
import { outputWidth, writeStdout } from '../core/output.js';
import { didYouMean } from '../core/suggest.js';
import { advise } from '../engine/advise.js';
import { loadProfile } from '../profile/load.js';
import { applyOverrides, type ProfileOverrides } from '../profile/overrides.js';
import { renderAdviseMarkdown } from '../report/advise-markdown.js';
import { renderAdviseText } from '../report/advise-text.js';
import { problemToJson } from '../report/problems.js';
import { collect, positiveInteger, printWarnings, stdoutPalette } from './options.js';

interface AdviseOptions {
  profile: string;
  catalog?: string;
  top: number;
  domain: string[];
  risk?: string;
  weights?: string;
  set: string[];
  format: 'text' | 'json' | 'markdown';
  strict?: boolean;
  compare?: boolean;
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
    .requiredOption('--profile <file>', 'your profile (YAML); - reads standard input')
    .option('--catalog <dir>', 'catalog directory (default: the built-in catalog)')
    .option('--top <n>', 'how many roles to show', positiveInteger, 10)
    .option('--domain <id>', 'only roles in this domain (repeatable)', collect, [])
    .option('--risk <appetite>', 'override the risk appetite: very-low|low|medium|high|very-high, or an ETR such as 0.03 or 3%')
    .option('--weights <list>', 'override the weights, e.g. skill=0.6,risk=0.3,interest=0.1')
    .option('--set <skill=level>', 'what if: set a skill level for this run (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
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
  $ etr advise --profile me.yaml --format markdown > career-paths.md`,
    )
    .action(async (options: AdviseOptions, command: Command) => {
      const { catalog, source, warnings: catalogWarnings } = await openCatalog(options.catalog);
      const domainIds = catalog.domains.map((d) => d.id);
      for (const id of options.domain) {
        if (!domainIds.includes(id)) throw new UsageError(`--domain ${id}: no such domain`, didYouMean(id, domainIds) ?? 'see `etr catalog domains`');
      }
      const { draft, warnings: profileWarnings } = await loadProfile(options.profile, catalog, { strict: options.strict ?? false });
      const overrides = { risk: options.risk, weights: options.weights, set: options.set };
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
        catalogDigest: catalogDigest(catalog),
        warnings: warnings.map(problemToJson),
        ...(options.compare ? { baseline: { profile: applyOverrides(draft, {}, catalog), changes } } : {}),
      });
      if (options.format === 'json') writeStdout(JSON.stringify(report, null, 2));
      else if (options.format === 'markdown') writeStdout(renderAdviseMarkdown(report));
      else writeStdout(renderAdviseText(report, stdoutPalette(command, options.format), outputWidth()));
    });
}
