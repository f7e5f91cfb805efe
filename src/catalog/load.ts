import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../core/errors.js';
import { displayPath, formatBytes, loadYamlFile, type SourceLimits } from '../core/files.js';
import { locateFindings, type Finding } from '../core/finding.js';
import { hasErrors, sortProblems, type Problem } from '../core/problem.js';
import { findingsFromZod } from '../core/zod-findings.js';
import type { ParsedYaml } from '../core/yaml.js';
import { tierOf } from '../engine/etr.js';
import { checkCatalog, type Located, type LocatedCatalog } from './rules.js';
import { domainSchema, roleSchema, skillSchema } from './schema.js';
import type { Catalog } from './types.js';

/** Per file; the built-in catalog's files are a few dozen KiB, a 10,000-role catalog a few MiB. */
export const catalogFileLimits: SourceLimits = { maxBytes: 16 * 1024 * 1024, maxAliasCount: 1000 };
/** For the whole directory, checked from file sizes before anything is read. */
export const catalogTotalLimit = 64 * 1024 * 1024;

export interface CatalogLoadResult {
  /** Present only when there is no error (warnings allowed). */
  catalog: Catalog | undefined;
  problems: Problem[];
  /** The files read, as shown in messages. */
  files: string[];
}

type Kind = 'skills' | 'domains' | 'roles';
const entitySchemas = { skills: skillSchema, domains: domainSchema, roles: roleSchema } as const;

/**
 * Loads a catalog directory (skills.yaml, domains.yaml, roles/*.yaml), checks every file against
 * its schema and the catalog against the integrity rules, and reports all problems found.
 * A directory that does not exist is a usage error; everything inside it is reported as problems.
 */
export async function loadCatalog(dir: string): Promise<CatalogLoadResult> {
  const shownDir = displayPath(dir);
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new UsageError(`catalog directory ${shownDir} does not exist`, 'pass --catalog DIR with skills.yaml, domains.yaml and roles/');
  if (!info.isDirectory()) throw new UsageError(`${shownDir} is not a directory`, 'pass --catalog DIR with skills.yaml, domains.yaml and roles/');

  const findings: Finding[] = [];
  const sources: { kind: Kind; path: string }[] = [
    { kind: 'skills', path: join(dir, 'skills.yaml') },
    { kind: 'domains', path: join(dir, 'domains.yaml') },
  ];
  const rolesDir = join(dir, 'roles');
  const roleFiles = await readdir(rolesDir).catch(() => undefined);
  if (roleFiles === undefined) {
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
    const size = await stat(source.path).then((s) => (s.isFile() ? s.size : undefined)).catch(() => undefined);
    if (size === undefined) {
      findings.push(missingFile(source.path, `the ${source.kind} file`));
      unreadable.add(source.kind);
    } else {
      totalBytes += size;
      present.push(source);
    }
  }
  if (totalBytes > catalogTotalLimit) {
    const problem: Problem = { code: 'catalog-too-large', severity: 'error', message: `the catalog's files add up to ${formatBytes(totalBytes)}, over the limit of ${formatBytes(catalogTotalLimit)}`, file: shownDir, hint: 'check that this is the catalog you meant' };
    return { catalog: undefined, problems: [problem], files: [] };
  }

  const documents = new Map<string, ParsedYaml>();
  const located: LocatedCatalog = { skills: [], domains: [], roles: [], invalidIds: { skills: new Set(), domains: new Set(), roles: new Set() }, unreadable };
  const problems: Problem[] = [];
  for (const source of present) {
    const file = displayPath(source.path);
    const parsed = await loadYamlFile(source.path, catalogFileLimits);
    documents.set(file, parsed);
    problems.push(...parsed.problems);
    if (parsed.problems.length > 0) {
      unreadable.add(source.kind);
      continue;
    }
    const entities = readEntities(source.kind, parsed.value, file, findings, located.invalidIds);
    if (entities === undefined) {
      unreadable.add(source.kind);
      continue;
    }
    (located[source.kind] as Located<unknown>[]).push(...entities);
  }

  findings.push(...checkCatalog(located));
  problems.push(...locateFindings(findings, documents));
  const sorted = sortProblems(problems);
  const files = [...documents.keys()];
  if (hasErrors(sorted)) return { catalog: undefined, problems: sorted, files };
  return { catalog: toCatalog(located), problems: sorted, files };
}

/**
 * Checks the file's frame, then each entity on its own, so one broken role does not hide the
 * problems of the others; entities that fail their schema are left out of the rules.
 */
function readEntities(kind: Kind, value: unknown, file: string, findings: Finding[], invalidIds: LocatedCatalog['invalidIds']): Located<unknown>[] | undefined {
  const frame = z.strictObject({ [kind]: z.array(z.unknown()) });
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
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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

function missingFile(path: string, what: string): Finding {
  return { code: 'catalog-file-missing', severity: 'error', message: `${displayPath(path)} is missing`, file: displayPath(path), hint: `a catalog needs ${what}; see the README's catalog format` };
}
