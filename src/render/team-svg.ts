import type { TeamReport } from '../report/team.js';
import type { TeamMessages } from '../report/i18n-team.js';
import { escapeHtml, num } from './html.js';
import { truncate } from './table.js';

/**
 * The two charts of the team page, as inline SVG: a heatmap of roles × readiness (people per cell,
 * darker for more) and a bar chart of team leverage (people moved to ready and to stretch per
 * skill). Each shape carries its numbers as data attributes and as text, so the charts read
 * without colour and print in black and white.
 */

export const chartRows = { heatmap: 15, leverage: 10 } as const;

const readinessKeys = [
  ['ready', 'ready'],
  ['stretch', 'stretch'],
  ['longShot', 'long-shot'],
] as const;

export function renderHeatmapSvg(report: TeamReport, words: TeamMessages): string {
  const roles = report.roles.slice(0, chartRows.heatmap);
  const label = 300;
  const cell = { width: 96, height: 24 };
  const head = 28;
  const width = label + cell.width * 3;
  const height = head + cell.height * roles.length + 4;
  const max = Math.max(1, ...roles.flatMap((r) => [r.ready, r.stretch, r.longShot]));
  const parts = [
    `<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="heatmap-title heatmap-desc">`,
    `<title id="heatmap-title">${escapeHtml(words.heatmapTitle)}</title>`,
    `<desc id="heatmap-desc">${escapeHtml(words.heatmapDescription(roles.length))}</desc>`,
    ...readinessKeys.map(([, level], i) => `<text class="column" x="${num(label + cell.width * (i + 0.5))}" y="18" text-anchor="middle">${escapeHtml(words.readiness[level])}</text>`),
  ];
  roles.forEach((role, row) => {
    const y = head + row * cell.height;
    parts.push(`<g class="row" data-role="${escapeHtml(role.role)}">`, `<text class="label" x="${label - 8}" y="${num(y + cell.height / 2 + 4)}" text-anchor="end">${escapeHtml(truncate(role.title, 40))}</text>`);
    readinessKeys.forEach(([key, level], i) => {
      const count = role[key];
      const x = label + i * cell.width;
      // At least a faint tint, so an empty cell still shows as a cell.
      const opacity = count === 0 ? 0.04 : 0.15 + 0.85 * (count / max);
      parts.push(
        `<g class="cell readiness-${level}" data-readiness="${level}" data-count="${count}">`,
        `<rect x="${x + 1}" y="${y + 1}" width="${cell.width - 2}" height="${cell.height - 2}" rx="3" fill-opacity="${num(opacity)}"/>`,
        `<text x="${num(x + cell.width / 2)}" y="${num(y + cell.height / 2 + 4)}" text-anchor="middle" class="${count / max > 0.55 ? 'on-dark' : ''}">${count}</text>`,
        '</g>',
      );
    });
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('\n');
}

export function renderLeverageSvg(report: TeamReport, words: TeamMessages): string {
  const skills = report.leverage.slice(0, chartRows.leverage);
  const label = 220;
  const plot = 330;
  const row = 34;
  const bar = 12;
  const width = label + plot + 50;
  const height = row * skills.length + 8;
  const max = Math.max(1, ...skills.flatMap((s) => [s.toReady, s.toStretch]));
  const parts = [
    `<svg class="leverage-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="leverage-title leverage-desc">`,
    `<title id="leverage-title">${escapeHtml(words.leverageChartTitle)}</title>`,
    `<desc id="leverage-desc">${escapeHtml(words.leverageChartDescription(skills.length))}</desc>`,
  ];
  skills.forEach((skill, i) => {
    const y = 4 + i * row;
    parts.push(`<g class="bar" data-skill="${escapeHtml(skill.skill)}" data-to-ready="${skill.toReady}" data-to-stretch="${skill.toStretch}">`);
    parts.push(`<text class="label" x="${label - 8}" y="${y + bar + 4}" text-anchor="end">${escapeHtml(truncate(skill.name, 34))}</text>`);
    for (const [k, count, className] of [
      [0, skill.toReady, 'to-ready'],
      [1, skill.toStretch, 'to-stretch'],
    ] as const) {
      const w = Math.max(count === 0 ? 0 : 2, (plot * count) / max);
      const top = y + k * (bar + 2);
      parts.push(`<rect class="${className}" x="${label}" y="${top}" width="${num(w)}" height="${bar}" rx="2"/>`, `<text class="value" x="${num(label + w + 4)}" y="${top + bar - 2}">${count}</text>`);
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('\n');
}
