import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { usageError } from '../core/errors.js';
import { formatBytes } from '../core/bytes.js';
import { describeNonRegular, displayPath, fileTooLarge, loadYamlFile, notRegular, pathInfo, symlinkLoop, type SourceLimits } from '../core/files.js';
import { locateFindings, type Finding } from '../core/finding.js';
import { hasErrors, says, sortProblems, type Problem } from '../core/problem.js';
import type { Text } from '../core/text.js';
import { findingsFromZod } from '../core/zod-findings.js';
import type { ParsedYaml } from '../core/yaml.js';
import { tierOf } from '../model/etr.js';
import { compareIds } from '../model/ids.js';
import type { Located, LocatedCatalog } from './located.js';
import { checkCatalog, type ReferenceAgeOptions } from './rules.js';
import { checkRegions } from './region-rules.js';
import { domainSchema, roleSchema, skillSchema } from '../model/catalog.js';
import type { Catalog } from '../model/catalog.js';

/** Per file; the built-in catalog's files are a few dozen KiB, a 10,000-role catalog a few MiB. */
export const catalogFileLimits: SourceLimits = { maxBytes: 16 * 1024 * 1024, maxAliasCount: 1000, regularOnly: true };
/** For the whole directory, checked from file sizes before anything is read. */
export const catalogTotalLimit = 64 * 1024 * 1024;

export interface CatalogLoadResult {
  /** Present only when there is no error (warnings allowed). */
  catalog: Catalog | undefined;
  problems: Problem[];
  /** The files read, as shown in messages. */
  files: string[];
}

export type CatalogKind = 'skills' | 'domains' | 'roles';
type Kind = CatalogKind;
const entitySchemas = { skills: skillSchema, domains: domainSchema, roles: roleSchema } as const;

/** What Chinese calls each kind of entity, in messages about them. */
const kindNouns = { skills: '技能', domains: '领域', roles: '职位' } as const;

/** A file's frame: one key, its kind, holding a list. Made once per kind (a catalog has a file of roles per domain). */
const frames: Partial<Record<Kind, ReturnType<typeof makeFrame>>> = {};
function makeFrame(kind: Kind) {
  return z.strictObject({ [kind]: z.array(z.unknown()) });
}
function frameSchema(kind: Kind) {
  return (frames[kind] ??= makeFrame(kind));
}

/**
 * Loads a catalog directory (skills.yaml, domains.yaml, roles/*.yaml), checks every file against
 * its schema and the catalog against the integrity rules, and reports all problems found.
 * A directory that does not exist is a usage error; everything inside it is reported as problems.
 */
export async function loadCatalog(dir: string, ages: ReferenceAgeOptions = {}): Promise<CatalogLoadResult> {
  const shownDir = displayPath(dir);
  // Synchronous, as in core/files.ts: nothing else runs meanwhile, and each call saves a thread-pool round trip.
  const info = pathInfo(dir);
  const passCatalog: Text = { en: 'pass --catalog DIR with skills.yaml, domains.yaml and roles/', zh: '请用 --catalog 指定一个含有 skills.yaml、domains.yaml 和 roles/ 的目录' };
  if ('missing' in info) throw usageError({ en: `catalog directory ${shownDir} does not exist`, zh: `职位目录的文件夹 ${shownDir} 不存在` }, passCatalog);
  if ('loop' in info) throw usageError({ en: `catalog directory ${shownDir} is a symlink loop: following its links leads back to them`, zh: `职位目录的文件夹 ${shownDir} 是循环的符号链接：顺着链接走又回到了原处` }, passCatalog);
  if ('stats' in info && !info.stats.isDirectory()) throw usageError({ en: `${shownDir} is not a directory`, zh: `${shownDir} 不是文件夹` }, passCatalog);
  // Any other failure of stat (permission denied) is reported by the listing and reading below.

  const findings: Finding[] = [];
  const problems: Problem[] = [];
  const sources: { kind: Kind; path: string }[] = [
    { kind: 'skills', path: join(dir, 'skills.yaml') },
    { kind: 'domains', path: join(dir, 'domains.yaml') },
  ];
  const rolesDir = join(dir, 'roles');
  const roleFiles = listDirectory(rolesDir);
  if (roleFiles === 'loop') {
    problems.push(symlinkLoop(displayPath(rolesDir)));
  } else if (roleFiles === undefined) {
    findings.push(missingFile(rolesDir, { en: 'a roles/ directory with one YAML file per domain', zh: '一个 roles/ 文件夹，每个领域一个 YAML 文件' }));
  } else {
    const yamlFiles = roleFiles.filter((name) => /\.ya?ml$/i.test(name)).sort();
    if (yamlFiles.length === 0) findings.push(missingFile(rolesDir, { en: 'at least one roles/<domain>.yaml file', zh: '至少一个 roles/<domain>.yaml 文件' }));
    sources.push(...yamlFiles.map((name) => ({ kind: 'roles' as const, path: join(rolesDir, name) })));
  }

  // A kind with a missing or unreadable file has unknown ids; the rules must not guess about it.
  const unreadable = new Set<Kind>(sources.some((s) => s.kind === 'roles') ? [] : ['roles']);
  const present: typeof sources = [];
  let totalBytes = 0;
  for (const source of sources) {
    const found = pathInfo(source.path);
    const info = 'stats' in found ? found.stats : undefined;
    if ('missing' in found || info?.isDirectory()) {
      const what = { en: `the ${source.kind} file`, zh: `${kindNouns[source.kind]}文件` };
      findings.push(info === undefined ? missingFile(source.path, what) : notAFile(source.path));
      unreadable.add(source.kind);
    } else if ('loop' in found) {
      problems.push(symlinkLoop(displayPath(source.path)));
      unreadable.add(source.kind);
    } else if (info && !info.isFile()) {
      // A pipe, socket or device is never opened: reading a pipe would wait for ever. (The
      // reader checks again by the descriptor it opens, in case the file is swapped meanwhile.)
      problems.push(notRegular(displayPath(source.path), describeNonRegular(info)));
      unreadable.add(source.kind);
    } else if (info && info.size > catalogFileLimits.maxBytes) {
      // Refused from its size alone: a file of hundreds of megabytes is never read.
      const file = displayPath(source.path);
      problems.push({ code: 'file-too-large', severity: 'error', ...fileTooLarge(info.size, catalogFileLimits.maxBytes), file });
      unreadable.add(source.kind);
    } else {
      // Stat failed otherwise (permission denied): reading says so.
      totalBytes += info?.size ?? 0;
      present.push(source);
    }
  }
  if (totalBytes > catalogTotalLimit) {
    const problem: Problem = {
      code: 'catalog-too-large',
      severity: 'error',
      ...says(
        { en: `the catalog's files add up to ${formatBytes(totalBytes)}, over the limit of ${formatBytes(catalogTotalLimit)}`, zh: `职位目录的文件合计 ${formatBytes(totalBytes, 'zh')}，超过了 ${formatBytes(catalogTotalLimit, 'zh')} 的上限` },
        { en: 'check that this is the catalog you meant', zh: '请确认这是你要用的职位目录' },
      ),
      file: shownDir,
    };
    return { catalog: undefined, problems: sortProblems([...problems, problem]), files: [] };
  }

  const documents: CatalogDocument[] = [];
  for (const source of present) {
    const file = displayPath(source.path);
    documents.push({ kind: source.kind, file, parsed: await loadYamlFile(source.path, catalogFileLimits, file) });
  }
  return checkCatalogDocuments(documents, { findings, problems, unreadable }, ages);
}

/** One catalog file as read: its kind, its name as shown in messages, and its parsed text. */
export interface CatalogDocument {
  kind: CatalogKind;
  file: string;
  parsed: ParsedYaml;
}

/**
 * Checks the documents of a catalog, already read and parsed: each file's frame and entities
 * against the schema, then the integrity rules across them. No file system, so it can be tested
 * (and fuzzed) in memory. `findings`, `problems` and `unreadable` carry what reading found.
 */
export function checkCatalogDocuments(
  documents: readonly CatalogDocument[],
  known: { findings?: readonly Finding[]; problems?: readonly Problem[]; unreadable?: ReadonlySet<CatalogKind> } = {},
  ages: ReferenceAgeOptions = {},
): CatalogLoadResult {
  const findings: Finding[] = [...(known.findings ?? [])];
  const problems: Problem[] = [...(known.problems ?? [])];
  const unreadable = new Set<CatalogKind>(known.unreadable ?? []);
  if (!documents.some((d) => d.kind === 'roles')) unreadable.add('roles');
  const located: LocatedCatalog = { skills: [], domains: [], roles: [], invalidIds: { skills: new Set(), domains: new Set(), roles: new Set() }, unreadable };
  const byFile = new Map<string, ParsedYaml>();
  for (const { kind, file, parsed } of documents) {
    byFile.set(file, parsed);
    problems.push(...parsed.problems);
    if (parsed.problems.length > 0) {
      unreadable.add(kind);
      continue;
    }
    const entities = readEntities(kind, parsed.value, file, findings, located.invalidIds);
    if (entities === undefined) {
      unreadable.add(kind);
      continue;
    }
    (located[kind] as Located<unknown>[]).push(...entities);
  }

  findings.push(...emptyKinds(documents, located), ...checkCatalog(located, ages), ...checkRegions(located));
  problems.push(...locateFindings(findings, byFile));
  const sorted = sortProblems(problems);
  const files = [...byFile.keys()];
  if (hasErrors(sorted)) return { catalog: undefined, problems: sorted, files };
  return { catalog: toCatalog(located), problems: sorted, files };
}

/**
 * A catalog without domains, roles or skills can rank nobody: say so where the list is, rather
 * than let `advise` blame the person's filters. Only for kinds whose files were read whole.
 */
function emptyKinds(documents: readonly CatalogDocument[], located: LocatedCatalog): Finding[] {
  const findings: Finding[] = [];
  for (const kind of ['skills', 'domains', 'roles'] as const) {
    const files = documents.filter((d) => d.kind === kind);
    if (files.length === 0 || located.unreadable?.has(kind) || located[kind].length > 0 || located.invalidIds[kind].size > 0) continue;
    const noun = kindNouns[kind];
    const words = says(
      { en: `the catalog lists no ${kind}, so it can rank nobody`, zh: `职位目录中没有任何${noun}，无法为任何人排名` },
      { en: `add at least one entry under ${kind}:, or pass the catalog you meant with --catalog`, zh: `请在 ${kind}: 下至少添加一项，或用 --catalog 指定你要用的职位目录` },
    );
    findings.push({ code: 'catalog-empty', severity: 'error', ...words, file: files[0]!.file, path: [kind] });
  }
  return findings;
}

/**
 * Checks the file's frame, then each entity on its own, so one broken role does not hide the
 * problems of the others; entities that fail their schema are left out of the rules.
 */
function readEntities(kind: Kind, value: unknown, file: string, findings: Finding[], invalidIds: LocatedCatalog['invalidIds']): Located<unknown>[] | undefined {
  const frame = frameSchema(kind);
  const framed = frame.safeParse(value);
  if (!framed.success) {
    findings.push(...findingsFromZod(framed.error, { file, input: value, schema: frame }));
    return undefined;
  }
  const items = (framed.data as Record<Kind, unknown[]>)[kind];
  const schema = entitySchemas[kind];
  const entities: Located<unknown>[] = [];
  items.forEach((item, index) => {
    const path = [kind, index];
    const result = schema.safeParse(item);
    if (result.success) {
      entities.push({ value: result.data, file, path });
      return;
    }
    const id = rawId(item);
    if (id !== undefined) invalidIds[kind].add(id);
    const noun = kindNouns[kind];
    const subject = { en: `${kind.slice(0, -1)} ${id === undefined ? `#${index + 1}` : `"${id}"`}`, zh: id === undefined ? `第 ${index + 1} 个${noun}` : `${noun}“${id}”` };
    findings.push(...findingsFromZod(result.error, { file, input: item, schema, pathPrefix: path, subject }));
  });
  return entities;
}

function toCatalog(located: LocatedCatalog): Catalog {
  const byId = <T extends { id: string }>(a: T, b: T) => compareIds(a.id, b.id);
  return {
    skills: located.skills.map((s) => s.value).sort(byId),
    domains: located.domains.map((d) => ({ ...d.value, tier: d.value.tier ?? tierOf(d.value.etr) })).sort(byId),
    roles: located.roles.map((r) => r.value).sort(byId),
  };
}

function rawId(item: unknown): string | undefined {
  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function notAFile(path: string): Finding {
  const words = says(
    { en: `${displayPath(path)} is a directory, not a file`, zh: `${displayPath(path)} 是文件夹，不是文件` },
    { en: "a catalog's skills, domains and roles are YAML files; see the README's catalog format", zh: '职位目录的技能、领域和职位都是 YAML 文件；格式见 README 中的职位目录一节' },
  );
  return { code: 'catalog-file-missing', severity: 'error', ...words, file: displayPath(path) };
}

/** The names in a directory, undefined when there is none, or 'loop' for a symlink loop. */
function listDirectory(dir: string): string[] | undefined | 'loop' {
  try {
    return readdirSync(dir);
  } catch (caught) {
    const error = caught as NodeJS.ErrnoException;
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    if (error.code === 'ELOOP') return 'loop';
    // A roles/ directory that exists but cannot be listed is unreadable, like a file (exit 2).
    if (error.code === 'EACCES' || error.code === 'EPERM') throw usageError({ en: `${displayPath(dir)}: permission denied`, zh: `${displayPath(dir)}：没有读取权限` }, { en: 'make the directory readable', zh: '请让该文件夹可读' });
    throw usageError({ en: `${displayPath(dir)}: cannot be read (${error.code ?? error.message})`, zh: `${displayPath(dir)}：无法读取（${error.code ?? error.message}）` });
  }
}

function missingFile(path: string, what: Text): Finding {
  const words = says({ en: `${displayPath(path)} is missing`, zh: `缺少 ${displayPath(path)}` }, { en: `a catalog needs ${what.en}; see the README's catalog format`, zh: `职位目录需要${what.zh}；格式见 README 中的职位目录一节` });
  return { code: 'catalog-file-missing', severity: 'error', ...words, file: displayPath(path) };
}
