import { extname } from 'node:path';
import { InvalidInputError, usageError } from '../core/errors.js';
import { says, type Problem } from '../core/problem.js';
import type { ProblemCode } from '../core/problem-codes.js';
import type { Text } from '../core/text.js';
import { formatBytes } from '../core/bytes.js';
import { displayPath, readByteChunks, readSourceFile } from '../core/files.js';
import { terminalSafe } from '../core/terminal-text.js';
import type { Catalog } from '../model/catalog.js';
import { skillNames } from '../profile/skill-names.js';
import type { Draft, DraftSkill, ImportedCv, LevelReason, MonthIndex, Period } from '../report/import.js';

/**
 * `etr import FILE`: a CV (text, Markdown, PDF, DOCX) becomes a draft profile, as YAML text with
 * comments that say where each value came from. Everything happens on this machine: the file is
 * read, its text scanned, the draft printed. Reading is per file type (readCvText); the rest
 * (draftOf) is a pure function of the text, the catalog and today's date. The draft's YAML is
 * written by render/import-draft.ts.
 */

/** The extensions etr imports, as usage messages list them. */
export const cvExtensions = ['.txt', '.md', '.pdf', '.docx'] as const;

/** A CV of text is a few pages; a PDF or DOCX with pictures may be a few MiB. */
const textLimit = 1024 * 1024;
const binaryLimit = 16 * 1024 * 1024;

/** The text of a CV file, by its extension; PDF and DOCX libraries are loaded only here. */
export async function readCvText(path: string): Promise<string> {
  const extension = extname(path).toLowerCase();
  const shown = displayPath(path);
  if (extension === '.txt' || extension === '.md' || extension === '.markdown') {
    const read = await readSourceFile(path, { maxBytes: textLimit, maxAliasCount: 0 }, shown);
    if ('problems' in read) throw new InvalidInputError(read.problems);
    return read.text;
  }
  if (extension === '.pdf') return pdfText(readBytes(path, shown), shown);
  if (extension === '.docx') return docxText(readBytes(path, shown), shown);
  const named = terminalSafe(shown);
  const type = extension ? terminalSafe(extension) : undefined;
  throw usageError(
    { en: `${named}: cannot import a file of this type${type ? ` (${type})` : ''}`, zh: `${named}：无法导入这种类型的文件${type ? `（${type}）` : ''}` },
    { en: `import one of: ${cvExtensions.join(', ')}`, zh: `可导入的类型：${cvExtensions.join('、')}` },
  );
}

function readBytes(path: string, shown: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (const chunk of readByteChunks(path, shown)) {
    total += chunk.length;
    if (total > binaryLimit) throw new InvalidInputError([unreadable(shown, { en: `the file is over the limit of ${formatBytes(binaryLimit)}`, zh: `文件超过了 ${formatBytes(binaryLimit, 'zh')} 的上限` }, 'file-too-large')]);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

function unreadable(shown: string, message: Text, code: ProblemCode = 'file-unreadable'): Problem {
  return { code, severity: 'error', ...says(message, { en: 'export the CV as text (.txt) and import that', zh: '请把简历导出为纯文本（.txt）后再导入' }), file: shown };
}

async function pdfText(bytes: Buffer, shown: string): Promise<string> {
  // Loaded here only: no other command pays for the PDF library (built into a file of its own, dist/pdf.cjs).
  const { extractText, getDocumentProxy } = await import('unpdf');
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  } catch (error) {
    throw new InvalidInputError([unreadable(shown, { en: `the PDF cannot be read (${(error as Error).message})`, zh: `无法读取该 PDF（${(error as Error).message}）` })]);
  }
}

async function docxText(bytes: Buffer, shown: string): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    const { value } = await (mammoth.default ?? mammoth).extractRawText({ buffer: bytes });
    return value;
  } catch (error) {
    throw new InvalidInputError([unreadable(shown, { en: `the DOCX cannot be read (${(error as Error).message})`, zh: `无法读取该 DOCX（${(error as Error).message}）` })]);
  }
}

// ——— Sections ———

export type SectionKind = 'work' | 'education' | 'skills' | 'certifications' | 'projects' | 'other';

const sectionWords: readonly (readonly [SectionKind, RegExp])[] = [
  ['work', /^(?:(?:work|professional|employment|career)\s+(?:experience|history)|experience|employment|工作经历|工作经验|职业经历|任职经历)$/i],
  ['education', /^(?:education|academic background|教育背景|教育经历|学历)$/i],
  ['skills', /^(?:(?:technical\s+|core\s+|key\s+)?skills|skills\s*(?:&|and)\s*tools|技能|专业技能|技能特长|技术栈)$/i],
  ['certifications', /^(?:certifications?|certificates?|licenses?(?:\s*(?:&|and)\s*certifications?)?|证书|资格证书|认证)$/i],
  ['projects', /^(?:projects?|selected projects|项目经历|项目经验)$/i],
  ['other', /^(?:summary|profile|about(?: me)?|contact|languages?|interests|publications|awards|个人简介|自我评价|联系方式|个人信息|语言能力|获奖情况)$/i],
];

/** The section a heading line starts ("## Experience", "工作经历：", "【教育背景】"), or undefined for another line. */
export function sectionOf(line: string): SectionKind | undefined {
  const bare = line.replace(/^[\s#*=_>-]+|[\s*=_:：]+$/g, '').replace(/^[【[]|[】\]]$/g, '').trim();
  if (bare.length === 0 || bare.length > 40) return undefined;
  return sectionWords.find(([, words]) => words.test(bare))?.[0];
}

// ——— Dates and experience ———

const month = '\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A date: "2019", "Mar 2020", "2018.03", "2018/3", "2018-03", "2016年", "2016年3月". */
const date = `(?:${month}\\s+)?((?:19|20)\\d\\d)(?:[./-](\\d{1,2})(?!\\d)|\\s*年\\s*(?:(\\d{1,2})\\s*月)?)?`;
const ongoing = '(present|now|current|today|date|至今|现在|今)';
const separator = '\\s*(?:[-–—~～至到－]+|\\bto\\b|\\buntil\\b)\\s*';
const rangePattern = new RegExp(`${date}${separator}(?:${date}|${ongoing})`, 'giu');
const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthIndex(name: string | undefined, year: string, numeric: string | undefined, chinese: string | undefined): MonthIndex {
  const fromName = name === undefined ? undefined : monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const value = fromName ?? Number(numeric ?? chinese ?? 1);
  return Number(year) * 12 + (value >= 1 && value <= 12 ? value : 1) - 1;
}

/**
 * The date ranges on a line: "2019 – 2023", "Mar 2020 – present", "2018.03 - 至今", "2016年至2020年".
 * A year without a month counts from its January, so "2019 – 2023" is four years; "present",
 * "now", "至今" are `now`. A range that ends before it starts, or in the future, is not read.
 */
export function dateRanges(line: string, lineNumber: number, now: MonthIndex): Period[] {
  const periods: Period[] = [];
  for (const m of line.matchAll(rangePattern)) {
    const from = monthIndex(m[1], m[2]!, m[3], m[4]);
    const to = m[9] !== undefined ? now : monthIndex(m[5], m[6]!, m[7], m[8]);
    if (to >= from && to <= now) periods.push({ line: lineNumber, from, to, text: m[0].trim() });
  }
  return periods;
}

/** Whole years of work in periods, overlaps counted once, rounded to the nearest year. */
export function experienceYears(periods: readonly Pick<Period, 'from' | 'to'>[]): number {
  const sorted = [...periods].sort((a, b) => a.from - b.from);
  let months = 0;
  let end = -Infinity;
  for (const { from, to } of sorted) {
    const start = Math.max(from, end);
    if (to > start) months += to - start;
    end = Math.max(end, to);
  }
  return Math.min(70, Math.round(months / 12));
}

// ——— Levels ———

/**
 * The level rule, one line at a time (README "Import a CV" says the same):
 * - a skill mentioned is 2 (advanced-beginner);
 * - a level word on its line sets it: "expert", "expertise", "精通", "led", "lead", "leading",
 *   "主导", "带领" → 4; "proficient", "advanced", "strong", "熟练", "掌握" → 3;
 *   "familiar", "熟悉" → 2; "basic", "beginner", "了解" → 1 (the highest word on the line counts);
 * - years with it on its line ("5 years", "5+ yrs", "5年"): 5 or more → at least 4, 3–4 → at
 *   least 3;
 * - a certification on its line ("certified", "certificate", "认证", "证书"), or the line in a
 *   certifications section → at least 3;
 * - a senior title in the job it is listed under (the line with that job's dates, or the line
 *   before it: "senior", "lead", "principal", "staff", "head of", "director", "chief", "高级",
 *   "资深", "首席", "主管", "总监") → +1;
 * - never above 4: 5 (expert) is for the person to claim.
 * Every skill on a line gets that line's level; a skill on several lines keeps its highest.
 */
const levelWordsOnLine: readonly (readonly [number, RegExp])[] = [
  [4, /\b(?:expert|expertise|led|lead|leading)\b|精通|主导|带领/iu],
  [3, /\b(?:proficient|advanced|strong)\b|熟练|掌握/iu],
  [2, /\bfamiliar\b|熟悉/iu],
  [1, /\b(?:basic|beginner)\b|了解/iu],
];
const yearsWith = /(?<![\d.])(\d{1,2})\s*\+?\s*(?:years?|yrs?\b|年(?!\d|代))/iu;
const certification = /\bcertifi(?:ed|cate|cation)s?\b|认证|证书/iu;
const seniorTitle = /\b(?:senior|sr\.|lead|principal|staff|head of|director|chief|vp)\b|高级|资深|首席|主管|总监/iu;

export interface LevelEstimate {
  level: number;
  reasons: LevelReason[];
}

/** The level of the skills on `line` (see the rule above); `jobLines` are the lines naming the job it is under. */
export function estimateLevel(line: string, options: { section?: SectionKind; jobLines?: readonly string[] } = {}): LevelEstimate {
  const reasons: LevelReason[] = [];
  let level = 2;
  let worded = false;
  for (const [value, words] of levelWordsOnLine) {
    const found = words.exec(line);
    if (found) {
      level = value;
      worded = true;
      reasons.push({ words: found[0] });
      break;
    }
  }
  const years = yearsWith.exec(line);
  if (years) {
    const count = Number(years[1]);
    const fromYears = count >= 5 ? 4 : count >= 3 ? 3 : 0;
    if (fromYears > level) level = fromYears;
    reasons.push({ words: years[0].trim() });
  }
  const certified = certification.exec(line);
  if (certified || options.section === 'certifications') {
    level = Math.max(level, 3);
    reasons.push(certified ? { words: certified[0] } : { certificationsSection: true });
  }
  const senior = options.jobLines?.find((l) => seniorTitle.test(l));
  if (senior !== undefined) {
    level += 1;
    reasons.push({ seniorTitle: excerpt(senior, 40) });
  }
  if (!worded && reasons.length === 0) reasons.push({ mentioned: true });
  return { level: Math.min(4, level), reasons };
}

// ——— The draft ———

/** A name line: two to four capitalised words, or two to four Chinese characters, maybe after "Name:"/"姓名：". */
const nameLine = /^(?:(?:name|姓名)\s*[:：]\s*)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}|\p{Script=Han}{2,4}(?:·\p{Script=Han}{1,4})?)$/u;

function findName(lines: readonly string[], catalog: Catalog): string | undefined {
  const names = skillNames(catalog);
  let seen = 0;
  for (const raw of lines) {
    const line = raw.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim();
    if (line === '') continue;
    if (++seen > 3) break;
    const match = nameLine.exec(line);
    if (match && sectionOf(line) === undefined && names.find(match[1]!).length === 0 && !seniorTitle.test(line) && !/\b(?:engineer|scientist|manager|developer|designer|analyst|resume|curriculum|vitae)\b|简历|工程师|经理/iu.test(line)) return match[1];
  }
  return undefined;
}

/** The current month as a MonthIndex. */
export function monthOf(date: Date): MonthIndex {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** Reads a CV's text into a draft: its name, its work history's years and the skills it names with their evidence. */
export function draftOf(text: string, catalog: Catalog, now: MonthIndex): Draft {
  const names = skillNames(catalog);
  const lines = text.split(/\r\n|\r|\n/);
  let section: SectionKind | undefined;
  let sawWork = false;
  const work: Period[] = [];
  const other: Period[] = [];
  /** The lines naming the current job: the line with its dates and the one before. */
  let jobLines: string[] = [];
  const skills = new Map<string, DraftSkill>();
  lines.forEach((line, index) => {
    const heading = sectionOf(line);
    if (heading !== undefined) {
      section = heading;
      if (heading === 'work') sawWork = true;
      jobLines = [];
      return;
    }
    const periods = dateRanges(line, index + 1, now);
    if (periods.length > 0) {
      (section === 'work' ? work : other).push(...(section === 'education' ? [] : periods));
      jobLines = [lines[index - 1] ?? '', line].filter((l) => l.trim() !== '' && sectionOf(l) === undefined);
    }
    const found = names.find(line);
    if (found.length === 0) return;
    const estimate = estimateLevel(line, { ...(section ? { section } : {}), jobLines: section === 'work' || section === 'projects' ? jobLines : [] });
    for (const f of found) {
      const known = skills.get(f.id);
      if (known && known.level >= estimate.level) {
        known.alsoLines.push(index + 1);
        continue;
      }
      const alsoLines = known ? [...known.alsoLines, known.line].sort((a, b) => a - b) : [];
      skills.set(f.id, { id: f.id, name: f.name, level: estimate.level, line: index + 1, matched: f.matched, excerpt: excerpt(line, 60), reasons: estimate.reasons, alsoLines });
    }
  });
  // Without a work section, every dated line outside education counts as work.
  const periods = sawWork ? work : other;
  return { name: findName(lines, catalog), experienceYears: periods.length > 0 ? experienceYears(periods) : undefined, periods, skills: [...skills.values()] };
}

function excerpt(line: string, max: number): string {
  const bare = terminalSafe(line.replace(/^[\s#*>-]+/, '').replace(/\*\*|`/g, '').replace(/\s+/g, ' ').trim()).replace(/"/g, "'");
  const chars = [...bare];
  return chars.length <= max ? bare : `${chars.slice(0, max - 1).join('')}…`;
}

/** The use case: a CV file to a draft profile, and what its rendering (render/import-draft.ts) names: the file and the month. */
export async function importCv(path: string, catalog: Catalog, options: { now?: Date } = {}): Promise<ImportedCv> {
  const now = monthOf(options.now ?? new Date());
  const cv = await readCvText(path);
  return { draft: draftOf(cv, catalog, now), source: displayPath(path).split(/[\\/]/).pop() ?? path, now };
}
