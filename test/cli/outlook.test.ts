import { describe, expect, it } from 'vitest';
import { runEtr } from '../helpers/run-etr.js';

/** The default text report shows each role's outlook; a shrinking role is flagged, not hidden. */
describe('the outlook in the text report', () => {
  it('gives every result its trend and reason, in the report\'s language', () => {
    for (const [lang, label] of [['en', 'outlook'], ['zh', '前景']] as const) {
      const text = runEtr(['advise', '--profile', 'test/fixtures/panel/student.yaml', '--lang', lang]);
      const json = JSON.parse(runEtr(['advise', '--profile', 'test/fixtures/panel/student.yaml', '--format', 'json']).stdout);
      expect(text.code).toBe(0);
      const outlookLines = text.stdout.split('\n').filter((l) => l.trimStart().startsWith(label));
      expect(outlookLines).toHaveLength(json.results.length);
    }
  });

  it('says shrinking plainly, and colours it on a terminal, while keeping the role in the ranking', () => {
    const json = JSON.parse(runEtr(['advise', '--profile', 'test/fixtures/panel/student.yaml', '--format', 'json']).stdout);
    const shrinking = json.results.find((r: { outlook: { trend: string } }) => r.outlook.trend === 'shrinking');
    expect(shrinking, 'the student panel member has a shrinking role among the results').toBeDefined();
    const plain = runEtr(['advise', '--profile', 'test/fixtures/panel/student.yaml']).stdout;
    expect(plain.replace(/\s+/g, ' ')).toContain(`outlook shrinking: ${shrinking.outlook.reason}`);
    const coloured = runEtr(['advise', '--profile', 'test/fixtures/panel/student.yaml'], { env: { FORCE_COLOR: '1' } }).stdout;
    expect(coloured).toMatch(/\u001b\[33m {5}outlook {4}shrinking:/);
  });
});
