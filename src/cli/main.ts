import packageJson from '../../package.json' with { type: 'json' };

/**
 * The `etr` binary's entry: as small as can be, so that `etr --version` costs little more than
 * starting Node. Everything else is in run.ts, which the build puts in a file of its own
 * (dist/cli.js) that only the other commands load.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${packageJson.version}\n`);
    return;
  }
  const { run } = await import('./run.js');
  await run(argv);
}

// No top-level await: the binary is bundled as CommonJS. run() handles every failure itself.
void main(process.argv);
