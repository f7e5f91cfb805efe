import { basename, extname } from 'node:path/posix';
import { tierOf, tierRange } from '../model/etr.js';
import { didYouMean } from '../core/suggest.js';
import type { Finding } from '../core/finding.js';
import type { Skill } from '../model/catalog.js';
import type { Located, LocatedCatalog } from './located.js';
import { checkImplications } from './implication-rules.js';
import { normalizeName } from './names.js';

const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * What the age rule needs: today's month (YYYY-MM) and how many months a checked claim stays
 * fresh. Without them references are not judged by age: only `validate` asks.
 */
export type ReferenceAgeOptions = { today: string; maxAgeMonths: number } | Record<string, never>;

/**
 * The rules beyond the schema, each with its own code. They read plain data and return
 * findings; the loader turns them into located problems.
 */
export function checkCatalog(catalog: LocatedCatalog, ages: ReferenceAgeOptions = {}): Finding[] {
  return [
    ...checkIds(catalog),
    ...checkSkillNames(catalog.skills),
    ...checkImplications(catalog),
    ...checkDomains(catalog),
    ...checkReferences(catalog, ages),
    ...checkLearning(catalog, ages),
    ...checkRoles(catalog),
    ...checkUnused(catalog),
    ...checkTranslations(catalog),
  ];
}

function at(entity: Located<unknown>, code: string, message: string, extra: Partial<Finding> & { field?: PropertyKey[] } = {}): Finding {
  const { field = [], ...rest } = extra;
  return { code, severity: 'error', message, file: entity.file, path: [...entity.path, ...field], ...rest };
}

function checkIds(catalog: LocatedCatalog): Finding[] {
  const findings: Finding[] = [];
  const kinds: [string, Located<{ id: string }>[]][] = [
    ['skill', catalog.skills],
    ['domain', catalog.domains],
    ['role', catalog.roles],
  ];
  for (const [kind, entities] of kinds) {
    const seen = new Map<string, Located<{ id: string }>>();
    for (const entity of entities) {
      const { id } = entity.value;
      if (!kebabCase.test(id)) {
        const suggestion = toKebabCase(id);
        findings.push(at(entity, 'id-format', `${kind} id "${id}" is not kebab-case (lower-case words joined by hyphens)`, { field: ['id'], ...(suggestion ? { hint: `use "${suggestion}"` } : {}) }));
      }
      const first = seen.get(id);
      if (first) {
        findings.push(at(entity, 'duplicate-id', `${kind} id "${id}" is used twice; the first is in ${first.file}`, { field: ['id'], hint: `give this ${kind} a different id, or remove one of them` }));
      } else {
        seen.set(id, entity);
      }
    }
  }
  return findings;
}

/** Names and aliases are how profiles refer to skills, so each must mean exactly one skill. */
function checkSkillNames(skills: Located<Skill>[]): Finding[] {
  const findings: Finding[] = [];
  const owners = new Map<string, string>();
  for (const entity of skills) {
    const skill = entity.value;
    const claims: [string, PropertyKey[]][] = [
      [skill.id, ['id']],
      [skill.name, ['name']],
      ...skill.aliases.map((alias, i): [string, PropertyKey[]] => [alias, ['aliases', i]]),
      // Profiles may name a skill by its translated name too ("提示工程").
      ...(skill.zh ? [[skill.zh.name, ['zh', 'name']] as [string, PropertyKey[]], ...skill.zh.aliases.map((alias, i): [string, PropertyKey[]] => [alias, ['zh', 'aliases', i]])] : []),
    ];
    const own = new Set<string>();
    for (const [name, field] of claims) {
      if (field.at(-2) === 'aliases') {
        const tooShort = aliasTooShort(name);
        if (tooShort) findings.push(at(entity, 'alias-too-short', `alias "${name}" of skill "${skill.id}" ${tooShort}`, { field, severity: 'warning', hint: 'remove it, or write the longer name people use; a short alias credits this skill to every word it resembles' }));
      }
      const key = normalizeName(name);
      if (own.has(key)) continue; // an alias repeating the skill's own name is harmless
      own.add(key);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== skill.id) {
        findings.push(at(entity, 'alias-conflict', `"${name}" names both skill "${owner}" and skill "${skill.id}"`, { field, hint: 'a name or alias may belong to one skill only; remove it from one of them' }));
      } else {
        owners.set(key, skill.id);
      }
    }
  }
  return findings;
}

/**
 * A one-letter alias, or a two-letter one that is not an upper-case abbreviation (ML, RN), matches
 * words it was never meant for and pulls absurd "did you mean" suggestions ("concept art: R?").
 * Two CJK characters are an ordinary word, so only Latin two-letter aliases are judged.
 */
function aliasTooShort(alias: string): string | undefined {
  const trimmed = alias.normalize('NFKC').trim();
  const length = [...trimmed].length;
  if (length <= 1) return 'is a single character';
  if (length === 2 && /^[\p{Script=Latin}\d]+$/u.test(trimmed) && !/^[A-Z][A-Z0-9]$/.test(trimmed)) return 'is two letters and not an upper-case abbreviation';
  return undefined;
}

/** Months since year 0, so that two YYYY-MM months subtract. */
function monthNumber(yearMonth: string): number {
  const [year, month] = yearMonth.split('-').map(Number);
  return year! * 12 + month! - 1;
}

/** Claims about regulation and measurement age: each reference says when it was checked. */
function checkReferences(catalog: LocatedCatalog, ages: ReferenceAgeOptions): Finding[] {
  const findings: Finding[] = [];
  for (const entity of catalog.domains) {
    entity.value.references.forEach((reference, i) => {
      const field = ['references', i];
      if (reference.asOf === undefined) {
        findings.push(at(entity, 'reference-undated', `reference "${reference.title}" of domain "${entity.value.id}" does not say when it was checked`, { field, severity: 'warning', hint: 'add asOf: YYYY-MM, the month you last confirmed the claim' }));
        return;
      }
      findings.push(...checkAge(entity, `reference "${reference.title}" of domain "${entity.value.id}"`, reference.asOf, [...field, 'asOf'], ages));
    });
  }
  return findings;
}

/** A dated claim or link older than the maximum age, or dated after today. */
function checkAge(entity: Located<unknown>, what: string, asOf: string, field: PropertyKey[], ages: ReferenceAgeOptions): Finding[] {
  if (ages.today === undefined) return [];
  const { today, maxAgeMonths } = ages;
  const age = monthNumber(today) - monthNumber(asOf);
  if (age < 0) return [at(entity, 'reference-from-future', `${what} was checked in ${asOf}, after today (${today})`, { field, severity: 'warning', hint: 'write the month you actually checked it' })];
  if (age > maxAgeMonths) return [at(entity, 'reference-stale', `${what} was last checked in ${asOf}, ${age} months ago (more than ${maxAgeMonths})`, { field, severity: 'warning', hint: 'check it against the source again and update asOf, or raise --max-age' })];
  return [];
}

/**
 * Where to learn: a resource listed once per skill, every link dated (as references are), and in
 * a catalog that says where to learn some skills, every skill (or a report says it for some only).
 * The same resource may serve two skills (a standard such as ISO 26262 does).
 */
function checkLearning(catalog: LocatedCatalog, ages: ReferenceAgeOptions): Finding[] {
  const findings: Finding[] = [];
  const teaches = catalog.skills.some((s) => s.value.learn !== undefined);
  for (const entity of catalog.skills) {
    const { id, learn } = entity.value;
    if (learn === undefined) {
      if (teaches) findings.push(at(entity, 'skill-without-resources', `skill "${id}" says nowhere to learn it, while the catalog does for others`, { field: ['id'], severity: 'warning', hint: 'add learn: { hoursPerLevel, basis, resources } with at least one resource' }));
      continue;
    }
    const seen = new Set<string>();
    learn.resources.forEach((resource, i) => {
      const field = ['learn', 'resources', i];
      if (seen.has(resource.url)) findings.push(at(entity, 'duplicate-resource', `skill "${id}" lists ${resource.url} twice`, { field: [...field, 'url'], hint: 'keep one entry per resource' }));
      seen.add(resource.url);
      findings.push(...checkAge(entity, `resource "${resource.title}" of skill "${id}"`, resource.asOf, [...field, 'asOf'], ages));
    });
  }
  return findings;
}

function checkDomains(catalog: LocatedCatalog): Finding[] {
  const findings: Finding[] = [];
  const withRoles = new Set(catalog.roles.map((r) => r.value.domain));
  const keywordOwners = new Map<string, string>();
  for (const entity of catalog.domains) {
    const domain = entity.value;
    for (const lang of ['en', 'zh'] as const) {
      (domain.keywords?.[lang] ?? []).forEach((keyword, i) => {
        const key = keyword.trim().toLowerCase();
        const owner = keywordOwners.get(key);
        if (owner !== undefined && owner !== domain.id) {
          findings.push(at(entity, 'keyword-conflict', `keyword "${keyword}" names both domain "${owner}" and domain "${domain.id}"`, { field: ['keywords', lang, i], hint: 'a keyword infers one domain from a job ad: keep it in the domain it says most about' }));
        } else keywordOwners.set(key, domain.id);
      });
    }
    const tier = tierOf(domain.etr);
    if (domain.tier !== undefined && domain.tier !== tier) {
      findings.push(at(entity, 'tier-mismatch', `domain "${domain.id}" has tier "${domain.tier}" but its ETR ${domain.etr} lies in tier "${tier}"`, { field: ['tier'], hint: `tier ${tier} means ${tierRange(tier)}; change the tier or the ETR` }));
    }
    if (domain.references.length === 0) {
      findings.push(at(entity, 'domain-without-references', `domain "${domain.id}" cites no reference for its ETR`, { severity: 'warning', hint: 'add a regulation, standard or published measurement under references, or say in the rationale that the ETR derives from the tier' }));
    }
    if (catalog.invalidIds.roles.size === 0 && !catalog.unreadable?.has('roles') && !withRoles.has(domain.id)) {
      findings.push(at(entity, 'domain-without-roles', `domain "${domain.id}" has no roles`, { severity: 'warning', hint: `add roles in roles/${domain.id}.yaml, or remove the domain` }));
    }
  }
  return findings;
}

function checkRoles(catalog: LocatedCatalog): Finding[] {
  const findings: Finding[] = [];
  const domainIds = catalog.domains.map((d) => d.value.id);
  const skillIds = catalog.skills.map((s) => s.value.id);
  const roleIds = catalog.roles.map((r) => r.value.id);
  const domainSet = new Set([...domainIds, ...catalog.invalidIds.domains]);
  const skillSet = new Set([...skillIds, ...catalog.invalidIds.skills]);
  const roleSet = new Set([...roleIds, ...catalog.invalidIds.roles]);
  const domainClasses = new Map(catalog.domains.map((d) => [d.value.id, d.value.euAiAct]));
  // "Did you mean" compares a name with every known id: in a catalog of thousands of broken
  // references, or with names of a megabyte, that would take minutes. A budget of comparisons
  // keeps it linear; past it, references get the general hint.
  let comparisonsLeft = 200_000;
  const hintFor = (name: string, known: string[], kind: string) => {
    const affordable = name.length <= 100 && comparisonsLeft >= known.length;
    if (affordable) comparisonsLeft -= known.length;
    return (affordable ? didYouMean(name, known) : undefined) ?? `see \`etr catalog ${kind}\` for the known ids`;
  };

  for (const entity of catalog.roles) {
    const role = entity.value;
    if (!domainSet.has(role.domain) && !catalog.unreadable?.has('domains')) {
      findings.push(at(entity, 'unknown-domain', `role "${role.id}" names unknown domain "${role.domain}"`, { field: ['domain'], hint: hintFor(role.domain, domainIds, 'domains') }));
    }
    const fileDomain = basename(entity.file.replaceAll('\\', '/'), extname(entity.file));
    if (domainIds.includes(role.domain) && fileDomain !== role.domain && domainIds.includes(fileDomain)) {
      findings.push(at(entity, 'role-file-mismatch', `role "${role.id}" belongs to domain "${role.domain}" but sits in the file of domain "${fileDomain}"`, { field: ['domain'], severity: 'warning', hint: `move it to roles/${role.domain}.yaml` }));
    }
    const required = new Set<string>();
    role.skills.forEach((requirement, i) => {
      if (!skillSet.has(requirement.skill) && !catalog.unreadable?.has('skills')) {
        findings.push(at(entity, 'unknown-skill', `role "${role.id}" requires unknown skill "${requirement.skill}"`, { field: ['skills', i, 'skill'], hint: hintFor(requirement.skill, skillIds, 'skills') }));
      }
      if (required.has(requirement.skill)) {
        findings.push(at(entity, 'duplicate-requirement', `role "${role.id}" lists skill "${requirement.skill}" twice`, { field: ['skills', i], hint: 'keep one requirement per skill' }));
      }
      required.add(requirement.skill);
    });
    if (!role.skills.some((r) => r.essential)) {
      findings.push(at(entity, 'no-essential-skill', `role "${role.id}" has no essential skill`, { field: ['skills'], hint: 'mark the skills without which nobody would be hired with essential: true' }));
    }
    role.related.forEach((related, i) => {
      if (related === role.id) {
        findings.push(at(entity, 'related-self', `role "${role.id}" lists itself as related`, { field: ['related', i], hint: 'remove it from related' }));
      } else if (!roleSet.has(related) && !catalog.unreadable?.has('roles')) {
        findings.push(at(entity, 'unknown-related', `role "${role.id}" names unknown related role "${related}"`, { field: ['related', i], hint: hintFor(related, roleIds, 'roles') }));
      }
    });
    if (role.etr !== undefined && role.etrReason === undefined) {
      findings.push(at(entity, 'etr-reason-missing', `role "${role.id}" overrides its domain's ETR without a reason`, { field: ['etr'], hint: 'add etrReason: why this role tolerates more or fewer errors than its domain' }));
    }
    if (role.euAiAct !== undefined && role.euAiActReason === undefined) {
      findings.push(at(entity, 'euaiact-reason-missing', `role "${role.id}" overrides its domain's AI Act class without a reason`, { field: ['euAiAct'], hint: 'add euAiActReason: which provision puts this role\'s use case in another class' }));
    }
    if (role.euAiAct === undefined && role.euAiActReason !== undefined) {
      findings.push(at(entity, 'euaiact-reason-unused', `role "${role.id}" gives an euAiActReason but no euAiAct override`, { field: ['euAiActReason'], severity: 'warning', hint: 'add the euAiAct class it explains, or remove euAiActReason' }));
    }
    if (role.euAiAct !== undefined && domainClasses.get(role.domain) === role.euAiAct) {
      findings.push(at(entity, 'euaiact-same-as-domain', `role "${role.id}" overrides its domain's AI Act class with the same class, ${role.euAiAct}`, { field: ['euAiAct'], severity: 'warning', hint: 'remove the override and its reason' }));
    }
    if (role.codeNote !== undefined && role.onet === undefined && role.isco === undefined) {
      findings.push(at(entity, 'code-note-unused', `role "${role.id}" has a codeNote but no onet or isco code`, { field: ['codeNote'], severity: 'warning', hint: 'add the nearest codes the note explains, or remove codeNote' }));
    }
    if (role.etr === undefined && role.etrReason !== undefined) {
      findings.push(at(entity, 'etr-reason-unused', `role "${role.id}" gives an etrReason but no etr override`, { field: ['etrReason'], severity: 'warning', hint: 'add the etr it explains, or remove etrReason' }));
    }
  }
  return findings;
}

function checkUnused(catalog: LocatedCatalog): Finding[] {
  // With broken roles left out, "unused" would be a guess; say it only of a catalog whose roles all loaded.
  if (catalog.invalidIds.roles.size > 0 || catalog.unreadable?.has('roles')) return [];
  const used = new Set(catalog.roles.flatMap((r) => r.value.skills.map((s) => s.skill)));
  return catalog.skills
    .filter((entity) => !used.has(entity.value.id))
    .map((entity) => at(entity, 'unused-skill', `skill "${entity.value.id}" is required by no role`, { field: ['id'], severity: 'warning', hint: 'require it in a role, or remove it' }));
}

/** The languages a catalog may translate into, each in a block of that name on skills, domains and roles. */
const translationLangs = ['zh'] as const;

/**
 * A catalog that translates some of its names into a language should translate all of them, or
 * reports in that language come out half translated. A catalog with no translation into a
 * language at all is simply not offered in it, and is not warned about.
 */
function checkTranslations(catalog: LocatedCatalog): Finding[] {
  const findings: Finding[] = [];
  const kinds: [string, Located<{ id: string } & Partial<Record<(typeof translationLangs)[number], unknown>>>[], string][] = [
    ['skill', catalog.skills, 'name'],
    ['domain', catalog.domains, 'name'],
    ['role', catalog.roles, 'title and summary'],
  ];
  for (const lang of translationLangs) {
    if (!kinds.some(([, entities]) => entities.some((e) => e.value[lang] !== undefined))) continue;
    for (const [kind, entities, fields] of kinds) {
      for (const entity of entities.filter((e) => e.value[lang] === undefined)) {
        const example = kind === 'role' ? `${lang}: { title: …, summary: … }` : `${lang}: { name: … }`;
        findings.push(at(entity, 'missing-translation', `${kind} "${entity.value.id}" has no ${lang} translation of its ${fields}, while the catalog translates others`, { severity: 'warning', hint: `add ${example}` }));
      }
    }
    findings.push(...checkLongTranslations(catalog, lang));
  }
  return findings;
}

/**
 * The same rule for the long texts (a domain's rationale and strategies; a role's portfolio
 * project, outlook reason and ETR reason), in their own group: a catalog that translates some of
 * them should translate all of them, on every entity it translates. A catalog that translates
 * only names is not warned, and its reports keep these texts in English. Entities with no
 * translation block at all are already reported above. A translation that cannot stand for its
 * English (strategies of another count, an etrReason the English lacks) is a translation-mismatch.
 */
function checkLongTranslations(catalog: LocatedCatalog, lang: (typeof translationLangs)[number]): Finding[] {
  const findings: Finding[] = [];
  const translatesLongTexts =
    catalog.domains.some(({ value }) => value[lang]?.rationale !== undefined || value[lang]?.strategies !== undefined) ||
    catalog.roles.some(({ value }) => value[lang]?.portfolioProject !== undefined || value[lang]?.outlookReason !== undefined || value[lang]?.etrReason !== undefined);
  const warnMissing = (entity: Located<unknown>, kind: string, id: string, missing: string[]) => {
    if (missing.length === 0) return;
    const fields = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)!}`;
    findings.push(
      at(entity, 'missing-translation', `${kind} "${id}" has no ${lang} translation of its ${fields}, while the catalog translates others`, {
        field: [lang],
        severity: 'warning',
        hint: `add ${missing.map((f) => `${lang}.${f}`).join(', ')}`,
      }),
    );
  };
  for (const entity of catalog.domains) {
    const { id, strategies } = entity.value;
    const translation = entity.value[lang];
    if (translation === undefined) continue;
    if (translatesLongTexts) warnMissing(entity, 'domain', id, (['rationale', 'strategies'] as const).filter((f) => translation[f] === undefined));
    if (translation.strategies !== undefined && translation.strategies.length !== strategies.length) {
      findings.push(
        at(entity, 'translation-mismatch', `domain "${id}" lists ${plural(translation.strategies.length, 'strategy', 'strategies')} in ${lang} for its ${plural(strategies.length, 'strategy', 'strategies')}`, {
          field: [lang, 'strategies'],
          severity: 'warning',
          hint: `translate each strategy once, in the same order`,
        }),
      );
    }
  }
  for (const entity of catalog.roles) {
    const role = entity.value;
    const translation = role[lang];
    if (translation === undefined) continue;
    if (translatesLongTexts) {
      const wanted: ('portfolioProject' | 'outlookReason' | 'etrReason' | 'euAiActReason')[] = [
        'portfolioProject',
        'outlookReason',
        ...(role.etrReason === undefined ? [] : (['etrReason'] as const)),
        ...(role.euAiActReason === undefined ? [] : (['euAiActReason'] as const)),
      ];
      warnMissing(entity, 'role', role.id, wanted.filter((f) => translation[f] === undefined));
    }
    if (translation.etrReason !== undefined && role.etrReason === undefined) {
      findings.push(
        at(entity, 'translation-mismatch', `role "${role.id}" translates an etrReason it does not have`, {
          field: [lang, 'etrReason'],
          severity: 'warning',
          hint: `remove ${lang}.etrReason, or add the etrReason it translates`,
        }),
      );
    }
  }
  return findings;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function toKebabCase(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
