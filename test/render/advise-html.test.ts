import { describe, expect, it } from 'vitest';
import { adviseReport } from '../../src/report/advise.js';
import { renderAdviseHtml } from '../../src/render/advise-html.js';
import { escapeHtml } from '../../src/render/html.js';
import { profile, role, req, tinyCatalog } from '../helpers/tiny-catalog.js';
import { exampleReport } from '../report/example-report.js';

describe('renderAdviseHtml', () => {
  it('is one self-contained page: no script, stylesheet link, font, image or URL to load', async () => {
    const html = renderAdviseHtml(await exampleReport('copywriter.yaml', 'en'));
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|@import|@font-face|src=|href=|url\((?!#)/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('@media print');
  });

  it('has the map with one point per result, then a card per result with bars, readiness, gaps and red flags', async () => {
    const report = await exampleReport('teacher.yaml', 'en');
    const html = renderAdviseHtml(report);
    expect(html.match(/<g class="point /g)).toHaveLength(report.results.length);
    expect(html.match(/<article class="role/g)).toHaveLength(report.results.length);
    expect(html.match(/<span class="segment (skill|risk|interest)"/g)).toHaveLength(report.results.length * 3);
    expect(html.match(/<span class="badge readiness-/g)).toHaveLength(report.results.length);
    const flagged = report.results.filter((r) => r.redFlags.length > 0).length;
    expect(flagged).toBeGreaterThan(0);
    expect(html.match(/<div class="red-flags">/g)).toHaveLength(flagged);
    expect(html.match(/<div class="gaps">/g)).toHaveLength(report.results.length);
    // The three segments add up to the score.
    const first = report.results[0]!;
    const widths = [...html.matchAll(/<article class="role top" id="role-[^"]+" data-rank="1">[\s\S]*?<\/article>/g)][0]![0].match(/width:([\d.]+)%/g)!.map((w) => Number(w.slice(6, -1)));
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(first.score * 100, 0);
  });

  it('escapes profile and catalog text everywhere', () => {
    const catalog = tinyCatalog();
    catalog.roles[0] = role('clinical-nlp-engineer', 'medical', 'mid', [req('python', 4, 4, true)], { title: 'Engineer <img src=x onerror=alert(1)> & "co"' });
    catalog.skills[2] = { ...catalog.skills[2]!, name: '<b>Python</b>' };
    const report = adviseReport({ catalog, profile: profile({ name: '<script>alert("x")</script>' }), top: 4, domains: [], catalogSource: '<dir>', catalogDigest: 'sha256:test', warnings: [] });
    const html = renderAdviseHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>Python');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Engineer &lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;');
    expect(html).toContain('&lt;b&gt;Python&lt;/b&gt;');
    expect(html).toContain('&lt;dir&gt;');
  });

  it('is in Chinese with --lang zh', async () => {
    const report = await exampleReport('zh-product-manager.yaml', 'zh');
    const html = renderAdviseHtml(report);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h1>王小雨的职业路径</h1>');
    expect(html).toContain(`<h3>${escapeHtml(report.localized!.roles[report.results[0]!.role.id]!.title)}</h3>`);
    // Visible text, without tags, attributes and the style sheet, is Chinese but for names such as ETR and AI.
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');
    // Matter is the smart-home standard's name, in the catalog's Chinese summary too.
    const english = text.replace(/\b(ETR|AI|etr|SQL|Python|API|Agent|RAG|NLP|Matter|sha256|test|Excel|BI|MLOps|PyTorch|LLM|EU|Art|Act|OMB|GPAI|Matter)\b/g, '').match(/[A-Za-z]{2,}/g);
    expect(english).toBeNull();
  });

  it('says so when nothing matches, without a map', () => {
    const report = adviseReport({ catalog: tinyCatalog(), profile: profile({ exclude: ['content', 'medical'] }), top: 4, domains: [], catalogSource: 'tiny', catalogDigest: 'sha256:test', warnings: [] });
    const html = renderAdviseHtml(report);
    expect(html).toContain('<p class="empty">No roles match');
    expect(html).not.toContain('<svg');
  });

  it('shows the what-if table with --compare', async () => {
    const report = await exampleReport('quant.yaml', 'zh', { overrides: { set: ['python=1'] } });
    const html = renderAdviseHtml(report);
    expect(html).toContain('<h2>假设：--set python=1</h2>');
    expect(html.match(/<tr><td>/g)!.length).toBe(report.comparison!.roles.length);
  });
});
