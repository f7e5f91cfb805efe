import { teamMessages, type TeamMessages } from '../report/i18n-team.js';
import type { TeamReport } from '../report/team.js';

/**
 * What the text, markdown and HTML renderings of `etr team` show, as titled tables of cells:
 * one place decides which rows each section keeps and how a number reads.
 */

/** Rows each long list shows; the JSON has them all. */
export const shownRows = { roles: 15, domains: 20, leverage: 10, skills: 15, people: 200 } as const;

export interface TeamSection {
  heading: string;
  note: string;
  headers: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  rows: string[][];
  /** "… and 12 more", when rows were left out. */
  more: string | null;
}

export interface TeamView {
  words: TeamMessages;
  title: string;
  summary: string;
  catalog: string;
  sections: TeamSection[];
  unheld: { heading: string; names: string[] };
}

/** A count and its share of `of`, "312 (26%)". */
export function withShare(count: number, of: number): string {
  return of === 0 ? String(count) : `${count} (${Math.round((count / of) * 100)}%)`;
}

function section(heading: string, note: string, headers: string[], numeric: boolean[], all: string[][], limit: number, words: TeamMessages): TeamSection {
  return { heading, note, headers, numeric, rows: all.slice(0, limit), more: all.length > limit ? words.more(all.length - limit) : null };
}

export function teamView(report: TeamReport): TeamView {
  const words = teamMessages(report.lang);
  const n = report.profiles;
  const { readiness } = words;
  const sections: TeamSection[] = [];
  sections.push(
    section(words.bestHeading, words.bestNote, [words.readiness.ready, words.readiness.stretch, words.readiness['long-shot'], words.none], [true, true, true, true], [[withShare(report.best.ready, n), withShare(report.best.stretch, n), withShare(report.best.longShot, n), withShare(report.best.none, n)]], 1, words),
  );
  const three = [readiness.ready, readiness.stretch, readiness['long-shot']];
  sections.push(
    section(words.rolesHeading, words.rolesNote, [words.role, words.domain, ...three], [false, false, true, true, true], report.roles.map((r) => [r.title, r.domain, String(r.ready), String(r.stretch), String(r.longShot)]), shownRows.roles, words),
  );
  sections.push(section(words.domainsHeading, words.domainsNote, [words.domain, ...three], [false, true, true, true], report.domains.map((d) => [d.name, String(d.ready), String(d.stretch), String(d.longShot)]), shownRows.domains, words));
  sections.push(
    section(
      words.leverageHeading,
      words.leverageNote,
      [words.skill, words.toReady, words.toStretch, words.hours],
      [false, true, true, true],
      report.leverage.map((l) => [l.name, String(l.toReady), String(l.toStretch), l.hours === null ? words.unknown : String(l.hours)]),
      shownRows.leverage,
      words,
    ),
  );
  const held = report.skills.filter((s) => s.neededBy > 0 && s.levels[0]! < n).sort((a, b) => a.levels[0]! - b.levels[0]! || (a.skill < b.skill ? -1 : 1));
  sections.push(
    section(
      words.skillsHeading,
      words.skillsNote,
      [words.skill, words.holders, ...[1, 2, 3, 4, 5].map(words.level), words.neededBy],
      [false, true, true, true, true, true, true, true],
      held.map((s) => [s.name, withShare(n - s.levels[0]!, n), ...s.levels.slice(1).map(String), String(s.neededBy)]),
      shownRows.skills,
      words,
    ),
  );
  if (report.people !== null) {
    sections.push(
      section(
        words.peopleHeading,
        '',
        ['#', words.people, words.first, words.second, words.third],
        [true, false, false, false, false],
        report.people.map((p) => [String(p.index), p.name ?? words.person(p.index), ...[0, 1, 2].map((i) => (p.top[i] ? `${p.top[i]!.title} (${readiness[p.top[i]!.readiness]})` : ''))]),
        shownRows.people,
        words,
      ),
    );
  }
  const names = new Map(report.skills.map((s) => [s.skill, s.name]));
  return {
    words,
    title: words.title,
    summary: words.summary(n, report.options.top, report.failed),
    catalog: words.catalog(report.catalog.source),
    sections,
    unheld: { heading: words.unheldHeading, names: report.unheld.length === 0 ? [words.unheldNone] : report.unheld.map((id) => names.get(id) ?? id) },
  };
}
