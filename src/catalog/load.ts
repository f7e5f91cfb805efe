import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { UsageError } from '../core/errors.js';
import { describeNonRegular, displayPath, formatBytes, loadYamlFile, notRegular, pathInfo, symlinkLoop, type SourceLimits } from '../core/files.js';
import { locateFindings, type Finding } from '../core/finding.js';
import { hasErrors, sortProblems, type Problem } from '../core/problem.js';
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
  if ('missing' in info) throw new UsageError(`catalog directory ${shownDir} does not exist`, 'pass --catalog DIR with skills.yaml, domains.yaml and roles/');
  if ('loop' in info) throw new UsageError(`catalog directory ${shownDir} is a symlink loop: following its links leads back to them`, 'pass --catalog DIR with skills.yaml, domains.yaml and roles/');
  if ('stats' in info && !info.stats.isDirectory()) throw new UsageError(`${shownDir} is not a directory`, 'pass --catalog DIR with skills.yaml, domains.yaml and roles/');
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
    findings.push(missingFile(rolesDir, 'a roles/ directory with one YAML file per domain'));
  } else {
    const yamlFiles = roleFiles.filter((name) => /\.ya?ml$/i.test(name)).sort();
    if (yamlFiles.length === 0) findings.push(missingFile(rolesDir, 'at least one roles/<domain>.yaml file'));
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
      findings.push(info === undefined ? missingFile(source.path, `the ${source.kind} file`) : notAFile(source.path));
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
      problems.push({ code: 'file-too-large', severity: 'error', message: `the file is ${formatBytes(info.size)}, over the limit of ${formatBytes(catalogFileLimits.maxBytes)}`, file, hint: 'split it, or check that this is the file you meant' });
      unreadable.add(source.kind);
    } else {
      // Stat failed otherwise (permission denied): reading says so.
      totalBytes += info?.size ?? 0;
      present.push(source);
    }
  }
  if (totalBytes > catalogTotalLimit) {
    const problem: Problem = { code: 'catalog-too-large', severity: 'error', message: `the catalog's files add up to ${formatBytes(totalBytes)}, over the limit of ${formatBytes(catalogTotalLimit)}`, file: shownDir, hint: 'check that this is the catalog you meant' };
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
    findings.push({ code: 'catalog-empty', severity: 'error', message: `the catalog lists no ${kind}, so it can rank nobody`, file: files[0]!.file, path: [kind], hint: `add at least one entry under ${kind}:, or pass the catalog you meant with --catalog` });
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
    const subject = `${kind.slice(0, -1)} ${id === undefined ? `#${index + 1}` : `"${id}"`}`;
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
  return { code: 'catalog-file-missing', severity: 'error', message: `${displayPath(path)} is a directory, not a file`, file: displayPath(path), hint: "a catalog's skills, domains and roles are YAML files; see the README's catalog format" };
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
    if (error.code === 'EACCES' || error.code === 'EPERM') throw new UsageError(`${displayPath(dir)}: permission denied`, 'make the directory readable');
    throw new UsageError(`${displayPath(dir)}: cannot be read (${error.code ?? error.message})`);
  }
}

function missingFile(path: string, what: string): Finding {
  return { code: 'catalog-file-missing', severity: 'error', message: `${displayPath(path)} is missing`, file: displayPath(path), hint: `a catalog needs ${what}; see the README's catalog format` };
}
