import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';

const names = (argv?: string[]) => buildProgram(argv && ['node', 'etr', ...argv]).commands.map((c) => c.name());
const every = ['advise', 'plan', 'match', 'team', 'show', 'init', 'import', 'validate', 'catalog', 'schema', 'config', 'completion', '__ids'];

describe("buildProgram registers", () => {
  it('registers only the command a command line plainly runs, after etr\'s own flags', () => {
    expect(names(['advise', '--profile', 'me.yaml'])).toEqual(['advise']);
    expect(names(['--no-color', '--debug', 'plan'])).toEqual(['plan']);
    expect(names(['__ids', 'roles'])).toEqual(['completion', '__ids']);
  });

  it('registers every command for help, for mistakes, and for completion scripts, which list them all', () => {
    expect(names()).toEqual(every);
    for (const argv of [[], ['--help'], ['help', 'advise'], ['advse'], ['--profile', 'me.yaml', 'advise'], ['completion', 'bash']]) expect(names(argv), argv.join(' ')).toEqual(every);
  });

  it('gives a command registered alone the same help as in the whole program', () => {
    for (const name of every) {
      const alone = buildProgram(['node', 'etr', name]).commands.find((c) => c.name() === name)!;
      const among = buildProgram().commands.find((c) => c.name() === name)!;
      expect(alone.helpInformation(), name).toBe(among.helpInformation());
    }
  });
});
