/**
 * Whether this run should show the details of an internal error: --debug on the command line, or
 * ETR_DEBUG set to anything but "" and "0". A module of its own, without dependencies, because the
 * binary's entry asks it too (bundled-run.ts), before the commands are loaded.
 */
export function debugEnabled(argv: readonly string[]): boolean {
  const flag = process.env.ETR_DEBUG;
  return argv.includes('--debug') || (flag !== undefined && flag !== '' && flag !== '0');
}
