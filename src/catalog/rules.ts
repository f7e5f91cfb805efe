import { basename, extname } from 'node:path/posix';
import { tierOf, tierRange } from '../model/etr.js';
import { didYouMeanText } from '../core/suggest.js';
import type { Finding } from '../core/finding.js';
import type { Text } from '../core/text.js';
import type { Skill } from '../model/catalog.js';
import { kebabCaseId } from '../model/ids.js';
import type { Located, LocatedCatalog } from './located.js';
import { at, kindNoun } from './finding-at.js';
import { checkImplications } from './implication-rules.js';
import { checkTranslations } from './translation-rules.js';
import { normalizeName } from './names.js';

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
      if (!kebabCaseId.test(id)) {
        const suggestion = toKebabCase(id);
        const message = { en: `${kind} id "${id}" is not kebab-case (lower-case words joined by hyphens)`, zh: `${kindNoun[kind]} ID“${id}”不是 kebab-case 写法（用连字符连接的小写单词）` };
        findings.push(at(entity, 'id-format', message, { field: ['id'], ...(suggestion ? { hint: { en: `use "${suggestion}"`, zh: `请改为“${suggestion}”` } } : {}) }));
      }
      const first = seen.get(id);
      if (first) {
        const message = { en: `${kind} id "${id}" is used twice; the first is in ${first.file}`, zh: `${kindNoun[kind]} ID“${id}”用了两次，第一次在 ${first.file}` };
        findings.push(at(entity, 'duplicate-id', message, { field: ['id'], hint: { en: `give this ${kind} a different id, or remove one of them`, zh: `请给这个${kindNoun[kind]}换一个 ID，或删除其中一个` } }));
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
        if (tooShort) {
          findings.push(
            at(entity, 'alias-too-short', { en: `alias "${name}" of skill "${skill.id}" ${tooShort.en}`, zh: `技能“${skill.id}”的别名“${name}”${tooShort.zh}` }, {
              field,
              severity: 'warning',
              hint: { en: 'remove it, or write the longer name people use; a short alias credits this skill to every word it resembles', zh: '请删除它，或写出人们常用的完整名称；过短的别名会让任何相似的词都被算作这项技能' },
            }),
          );
        }
      }
      const key = normalizeName(name);
      if (own.has(key)) continue; // an alias repeating the skill's own name is harmless
      own.add(key);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== skill.id) {
        const message = { en: `"${name}" names both skill "${owner}" and skill "${skill.id}"`, zh: `“${name}”同时指技能“${owner}”和技能“${skill.id}”` };
        findings.push(at(entity, 'alias-conflict', message, { field, hint: { en: 'a name or alias may belong to one skill only; remove it from one of them', zh: '一个名称或别名只能属于一项技能；请从其中一项中删除' } }));
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
function aliasTooShort(alias: string): Text | undefined {
  const trimmed = alias.normalize('NFKC').trim();
  const length = [...trimmed].length;
  if (length <= 1) return { en: 'is a single character', zh: '只有一个字符' };
  if (length === 2 && /^[\p{Script=Latin}\d]+$/u.test(trimmed) && !/^[A-Z][A-Z0-9]$/.test(trimmed)) return { en: 'is two letters and not an upper-case abbreviation', zh: '只有两个字母，又不是大写缩写' };
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
        const message = { en: `reference "${reference.title}" of domain "${entity.value.id}" does not say when it was checked`, zh: `领域“${entity.value.id}”的参考资料“${reference.title}”没有注明核实日期` };
        findings.push(at(entity, 'reference-undated', message, { field, severity: 'warning', hint: { en: 'add asOf: YYYY-MM, the month you last confirmed the claim', zh: '请添加 asOf: YYYY-MM，即你最近一次核实的月份' } }));
        return;
      }
      const what = { en: `reference "${reference.title}" of domain "${entity.value.id}"`, zh: `领域“${entity.value.id}”的参考资料“${reference.title}”` };
      findings.push(...checkAge(entity, what, reference.asOf, [...field, 'asOf'], ages));
    });
  }
  return findings;
}

/** A dated claim or link older than the maximum age, or dated after today. */
function checkAge(entity: Located<unknown>, what: Text, asOf: string, field: PropertyKey[], ages: ReferenceAgeOptions): Finding[] {
  if (ages.today === undefined) return [];
  const { today, maxAgeMonths } = ages;
  const age = monthNumber(today) - monthNumber(asOf);
  if (age < 0) {
    const message = { en: `${what.en} was checked in ${asOf}, after today (${today})`, zh: `${what.zh}的核实日期为 ${asOf}，晚于今天（${today}）` };
    return [at(entity, 'reference-from-future', message, { field, severity: 'warning', hint: { en: 'write the month you actually checked it', zh: '请写实际核实的月份' } })];
  }
  if (age > maxAgeMonths) {
    const message = { en: `${what.en} was last checked in ${asOf}, ${age} months ago (more than ${maxAgeMonths})`, zh: `${what.zh}最近一次核实是在 ${asOf}，已过去 ${age} 个月（超过 ${maxAgeMonths} 个月）` };
    const hint = { en: 'check it against the source again and update asOf, or raise --max-age', zh: '请对照原始来源重新核实并更新 asOf，或调高 --max-age' };
    return [at(entity, 'reference-stale', message, { field, severity: 'warning', hint })];
  }
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
      if (teaches) {
        const message = { en: `skill "${id}" says nowhere to learn it, while the catalog does for others`, zh: `技能“${id}”没有给出学习资源，而职位目录为其他技能给出了` };
        findings.push(at(entity, 'skill-without-resources', message, { field: ['id'], severity: 'warning', hint: { en: 'add learn: { hoursPerLevel, basis, resources } with at least one resource', zh: '请添加 learn: { hoursPerLevel, basis, resources }，至少列一项资源' } }));
      }
      continue;
    }
    const seen = new Set<string>();
    learn.resources.forEach((resource, i) => {
      const field = ['learn', 'resources', i];
      if (seen.has(resource.url)) findings.push(at(entity, 'duplicate-resource', { en: `skill "${id}" lists ${resource.url} twice`, zh: `技能“${id}”两次列出 ${resource.url}` }, { field: [...field, 'url'], hint: { en: 'keep one entry per resource', zh: '每项资源只保留一条' } }));
      seen.add(resource.url);
      const what = { en: `resource "${resource.title}" of skill "${id}"`, zh: `技能“${id}”的学习资源“${resource.title}”` };
      findings.push(...checkAge(entity, what, resource.asOf, [...field, 'asOf'], ages));
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
          const message = { en: `keyword "${keyword}" names both domain "${owner}" and domain "${domain.id}"`, zh: `关键词“${keyword}”同时指向领域“${owner}”和领域“${domain.id}”` };
          const hint = { en: 'a keyword infers one domain from a job ad: keep it in the domain it says most about', zh: '一个关键词只用来从招聘启事推断一个领域：请把它留在最相关的领域' };
          findings.push(at(entity, 'keyword-conflict', message, { field: ['keywords', lang, i], hint }));
        } else keywordOwners.set(key, domain.id);
      });
    }
    const tier = tierOf(domain.etr);
    if (domain.tier !== undefined && domain.tier !== tier) {
      const message = { en: `domain "${domain.id}" has tier "${domain.tier}" but its ETR ${domain.etr} lies in tier "${tier}"`, zh: `领域“${domain.id}”的 tier 是“${domain.tier}”，但它的 ETR ${domain.etr} 属于“${tier}”` };
      findings.push(at(entity, 'tier-mismatch', message, { field: ['tier'], hint: { en: `tier ${tier} means ${tierRange(tier)}; change the tier or the ETR`, zh: `${tier} 表示 ${tierRange(tier)}；请修改 tier 或 ETR` } }));
    }
    if (domain.references.length === 0) {
      const hint = { en: 'add a regulation, standard or published measurement under references, or say in the rationale that the ETR derives from the tier', zh: '请在 references 下添加法规、标准或已发表的测量数据，或在 rationale 中说明 ETR 由 tier 推得' };
      findings.push(at(entity, 'domain-without-references', { en: `domain "${domain.id}" cites no reference for its ETR`, zh: `领域“${domain.id}”的 ETR 没有引用任何参考资料` }, { severity: 'warning', hint }));
    }
    if (catalog.invalidIds.roles.size === 0 && !catalog.unreadable?.has('roles') && !withRoles.has(domain.id)) {
      const hint = { en: `add roles in roles/${domain.id}.yaml, or remove the domain`, zh: `请在 roles/${domain.id}.yaml 中添加职位，或删除该领域` };
      findings.push(at(entity, 'domain-without-roles', { en: `domain "${domain.id}" has no roles`, zh: `领域“${domain.id}”下没有职位` }, { severity: 'warning', hint }));
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
  const hintFor = (name: string, known: string[], kind: string): Text => {
    const affordable = name.length <= 100 && comparisonsLeft >= known.length;
    if (affordable) comparisonsLeft -= known.length;
    return (affordable ? didYouMeanText(name, known) : undefined) ?? { en: `see \`etr catalog ${kind}\` for the known ids`, zh: `已有的 ID 可用 \`etr catalog ${kind}\` 查看` };
  };

  for (const entity of catalog.roles) {
    const role = entity.value;
    if (!domainSet.has(role.domain) && !catalog.unreadable?.has('domains')) {
      findings.push(at(entity, 'unknown-domain', { en: `role "${role.id}" names unknown domain "${role.domain}"`, zh: `职位“${role.id}”所属的领域“${role.domain}”不存在` }, { field: ['domain'], hint: hintFor(role.domain, domainIds, 'domains') }));
    }
    const fileDomain = basename(entity.file.replaceAll('\\', '/'), extname(entity.file));
    if (domainIds.includes(role.domain) && fileDomain !== role.domain && domainIds.includes(fileDomain)) {
      const message = { en: `role "${role.id}" belongs to domain "${role.domain}" but sits in the file of domain "${fileDomain}"`, zh: `职位“${role.id}”属于领域“${role.domain}”，却放在领域“${fileDomain}”的文件里` };
      findings.push(at(entity, 'role-file-mismatch', message, { field: ['domain'], severity: 'warning', hint: { en: `move it to roles/${role.domain}.yaml`, zh: `请把它移到 roles/${role.domain}.yaml` } }));
    }
    const required = new Set<string>();
    role.skills.forEach((requirement, i) => {
      if (!skillSet.has(requirement.skill) && !catalog.unreadable?.has('skills')) {
        const message = { en: `role "${role.id}" requires unknown skill "${requirement.skill}"`, zh: `职位“${role.id}”要求的技能“${requirement.skill}”不存在` };
        findings.push(at(entity, 'unknown-skill', message, { field: ['skills', i, 'skill'], hint: hintFor(requirement.skill, skillIds, 'skills') }));
      }
      if (required.has(requirement.skill)) {
        const message = { en: `role "${role.id}" lists skill "${requirement.skill}" twice`, zh: `职位“${role.id}”两次列出技能“${requirement.skill}”` };
        findings.push(at(entity, 'duplicate-requirement', message, { field: ['skills', i], hint: { en: 'keep one requirement per skill', zh: '每项技能只保留一条要求' } }));
      }
      required.add(requirement.skill);
    });
    if (!role.skills.some((r) => r.essential)) {
      const hint = { en: 'mark the skills without which nobody would be hired with essential: true', zh: '请用 essential: true 标出缺了就不会被录用的技能' };
      findings.push(at(entity, 'no-essential-skill', { en: `role "${role.id}" has no essential skill`, zh: `职位“${role.id}”没有必备技能` }, { field: ['skills'], hint }));
    }
    role.related.forEach((related, i) => {
      if (related === role.id) {
        findings.push(at(entity, 'related-self', { en: `role "${role.id}" lists itself as related`, zh: `职位“${role.id}”把自己列为相关职位` }, { field: ['related', i], hint: { en: 'remove it from related', zh: '请从 related 中删除它' } }));
      } else if (!roleSet.has(related) && !catalog.unreadable?.has('roles')) {
        const message = { en: `role "${role.id}" names unknown related role "${related}"`, zh: `职位“${role.id}”的相关职位“${related}”不存在` };
        findings.push(at(entity, 'unknown-related', message, { field: ['related', i], hint: hintFor(related, roleIds, 'roles') }));
      }
    });
    if (role.etr !== undefined && role.etrReason === undefined) {
      const hint = { en: 'add etrReason: why this role tolerates more or fewer errors than its domain', zh: '请添加 etrReason：说明这个职位为何比所属领域容忍更多或更少的错误' };
      findings.push(at(entity, 'etr-reason-missing', { en: `role "${role.id}" overrides its domain's ETR without a reason`, zh: `职位“${role.id}”改写了所属领域的 ETR，却没有说明理由` }, { field: ['etr'], hint }));
    }
    if (role.euAiAct !== undefined && role.euAiActReason === undefined) {
      const hint = { en: "add euAiActReason: which provision puts this role's use case in another class", zh: '请添加 euAiActReason：说明是哪条规定把这个职位的用途归入另一类别' };
      findings.push(at(entity, 'euaiact-reason-missing', { en: `role "${role.id}" overrides its domain's AI Act class without a reason`, zh: `职位“${role.id}”改写了所属领域的 AI Act 类别，却没有说明理由` }, { field: ['euAiAct'], hint }));
    }
    if (role.euAiAct === undefined && role.euAiActReason !== undefined) {
      const message = { en: `role "${role.id}" gives an euAiActReason but no euAiAct override`, zh: `职位“${role.id}”给出了 euAiActReason，却没有改写 euAiAct` };
      findings.push(at(entity, 'euaiact-reason-unused', message, { field: ['euAiActReason'], severity: 'warning', hint: { en: 'add the euAiAct class it explains, or remove euAiActReason', zh: '请添加它所解释的 euAiAct 类别，或删除 euAiActReason' } }));
    }
    if (role.euAiAct !== undefined && domainClasses.get(role.domain) === role.euAiAct) {
      const message = { en: `role "${role.id}" overrides its domain's AI Act class with the same class, ${role.euAiAct}`, zh: `职位“${role.id}”把所属领域的 AI Act 类别改写成了同一类别 ${role.euAiAct}` };
      findings.push(at(entity, 'euaiact-same-as-domain', message, { field: ['euAiAct'], severity: 'warning', hint: { en: 'remove the override and its reason', zh: '请删除这项改写及其理由' } }));
    }
    if (role.codeNote !== undefined && role.onet === undefined && role.isco === undefined) {
      const message = { en: `role "${role.id}" has a codeNote but no onet or isco code`, zh: `职位“${role.id}”有 codeNote，却没有 onet 或 isco 代码` };
      findings.push(at(entity, 'code-note-unused', message, { field: ['codeNote'], severity: 'warning', hint: { en: 'add the nearest codes the note explains, or remove codeNote', zh: '请添加这条说明所解释的最接近的代码，或删除 codeNote' } }));
    }
    if (role.etr === undefined && role.etrReason !== undefined) {
      const message = { en: `role "${role.id}" gives an etrReason but no etr override`, zh: `职位“${role.id}”给出了 etrReason，却没有改写 etr` };
      findings.push(at(entity, 'etr-reason-unused', message, { field: ['etrReason'], severity: 'warning', hint: { en: 'add the etr it explains, or remove etrReason', zh: '请添加它所解释的 etr，或删除 etrReason' } }));
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
    .map((entity) =>
      at(entity, 'unused-skill', { en: `skill "${entity.value.id}" is required by no role`, zh: `没有任何职位要求技能“${entity.value.id}”` }, { field: ['id'], severity: 'warning', hint: { en: 'require it in a role, or remove it', zh: '请在某个职位中要求它，或将其删除' } }),
    );
}

function toKebabCase(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
