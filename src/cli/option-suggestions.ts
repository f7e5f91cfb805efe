import type { Command } from 'commander';

/** commander's method that reports an unknown option; it exists at run time but is not in its typings. */
interface CommandInternals {
  unknownOption(flag: string): never;
}

/**
 * commander looks up `--profle=me.yaml` with its value, so it finds nothing to suggest. Look up
 * `--profle` instead, which gets "Did you mean --profile?" and a message without the value.
 */
export function suggestForOptionsWithValues(program: Command): void {
  for (const command of [program, ...program.commands]) {
    const internals = command as unknown as CommandInternals;
    const unknownOption = internals.unknownOption.bind(command);
    internals.unknownOption = (flag: string): never => unknownOption(flag.startsWith('--') ? flag.split('=')[0]! : flag);
  }
}
