import { describe, expect, it } from 'vitest';
import { runEtr } from '../helpers/run-etr.js';

const commands = ['advise', 'plan', 'match', 'show', 'init', 'import', 'validate', 'catalog', 'schema', 'completion'];

describe('help', () => {
  it.each(commands)('etr %s --help lists the global flags and prints no "(default: [])"', (command) => {
    const result = runEtr([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('(default: [])');
    expect(result.stdout).toMatch(/^Global Options:\n(?:.*\n)*?\s+--no-color\s+never colour the output\n\s+--debug\s/m);
  });

  it('says a repeatable flag is repeatable, without a default', () => {
    const advise = runEtr(['advise', '--help']).stdout;
    expect(advise).toMatch(/--domain <id>\s+only roles in this domain \(repeatable\)\n/);
    expect(advise).toMatch(/--set <skill=level>\s+what if: set a skill level for this run \(repeatable\)\n/);
  });

  it('keeps the defaults that say something', () => {
    expect(runEtr(['advise', '--help']).stdout).toContain('how many roles to show (default: 10)');
  });
});
