import { describe, expect, it } from 'vitest';
import { planLearning } from '../../src/engine/plan.js';
import { leverage } from '../../src/engine/leverage.js';
import { plainPalette, type Palette } from '../../src/core/palette.js';
import { leverageReport, planReport } from '../../src/report/plan.js';
import { renderLeverageMarkdown, renderPlanMarkdown, renderPlanText } from '../../src/render/plan.js';
import { renderRoleText } from '../../src/render/role.js';
import { roleDetails } from '../../src/report/role.js';
import { profile, tinyCatalog } from '../helpers/tiny-catalog.js';

/** A palette that wraps text in visible escape codes, as chalk does. */
const ansi: Palette = Object.fromEntries(['bold', 'dim', 'red', 'yellow', 'green', 'cyan', 'magenta'].map((name) => [name, (t: string) => `\u001b[1m${t}\u001b[22m`])) as unknown as Palette;
const strip = (text: string) => text.replace(/\u001b\[\d+m/g, '');

const catalog = tinyCatalog();
const person = profile({ name: 'Ada | <b>Bold</b> *star*' });
const plan = planLearning(catalog, person, ['clinical-nlp-engineer'], 3);
const report = planReport(plan, person, catalog);

describe('renderPlanMarkdown', () => {
  const markdown = renderPlanMarkdown(report);

  it('escapes the name so it stays text', () => {
    expect(markdown.split('\n')[0]).toBe('# Learning plan for Ada | \\<b\\>Bold\\</b\\> \\*star\\*');
  });

  it('keeps every table row at its column count', () => {
    const cells = (row: string) => row.split(/(?<!\\)\|/).length - 2;
    const [, , targets, steps] = markdown.split('\n\n');
    // python (L4 I4 of Σ I 10) is the one gap: 0.6·4/(4·10) = +6 points a level; two steps make the
    // role ready, shown as one row. The tiny catalog gives no hours and no resources.
    expect(targets!.split('\n').map(cells)).toEqual([3, 3, 3]);
    expect(steps!.split('\n').map(cells)).toEqual([7, 7, 7]);
    expect(steps).toContain('| 1–2 | Python 2 → 4 | +12 | — | Title of clinical-nlp-engineer | Title of clinical-nlp-engineer: long-shot → stretch; Title of clinical-nlp-engineer: stretch → ready | — |');
  });

  it('escapes a pipe in a skill name inside a table cell', () => {
    const odd = renderPlanMarkdown({ ...report, steps: report.steps.map((s) => ({ ...s, name: 'A|B' })) });
    expect(odd).toContain('| 1–2 | A\\|B 2 → 4 |');
  });
});

describe('renderLeverageMarkdown', () => {
  it('escapes the name and lists the skills as rows', () => {
    const markdown = renderLeverageMarkdown(leverageReport(leverage(catalog, person), person.name, 10));
    expect(markdown.split('\n')[0]).toBe('# Skills that open the most doors for Ada | \\<b\\>Bold\\</b\\> \\*star\\*');
    expect(markdown).toContain('| Skill | Upgrade | Hours (estimate) | Roles closer | Now ready | Scores up | Which |');
  });
});

describe('renderPlanText', () => {
  it('lays out the same text with and without colour', () => {
    expect(strip(renderPlanText(report, ansi, 60))).toBe(renderPlanText(report, plainPalette, 60));
  });
});

describe('renderRoleText', () => {
  it('says "none" for a role without related roles', () => {
    const text = renderRoleText(roleDetails(catalog, catalog.roles[0]!), plainPalette, 100);
    expect(text.split('\n').slice(-2)).toEqual(['Related roles', '  none']);
  });
});

describe('a plan that experience alone stands in the way of', () => {
  const waiting = planReport(
    { targets: [{ role: 'lead', title: 'Lead Engineer', scoreBefore: 0.9, readinessBefore: 'stretch', scoreAfter: 0.9, readinessAfter: 'stretch', yearsNeeded: 5 }], steps: [], reached: false, stoppedBecause: 'no-gain', totalHours: 0 },
    { name: 'Ada', hoursPerWeek: 5 },
    { skills: [], domains: [], roles: [] },
  );

  it('says so in text and markdown, after why the plan stopped', () => {
    const text = renderPlanText(waiting, plainPalette, 100);
    expect(text).toContain('Not reached: no skill upgrade moves a target further.\n  Lead Engineer: every skill requirement is met; the role asks for at least 5 years of experience.');
    expect(renderPlanMarkdown(waiting)).toContain('Lead Engineer: every skill requirement is met; the role asks for at least 5 years of experience.');
  });
});
