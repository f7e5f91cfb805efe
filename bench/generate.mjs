// Synthetic inputs for the benchmark: catalogs of any size in the catalog layout, and profiles
// as JSON lines. Deterministic (a seeded generator), so every run measures the same work.
//
//   node bench/generate.mjs catalog DIR --roles 1000 --skills 500 [--min-skills 4 --max-skills 10]
//   node bench/generate.mjs profiles FILE --count 10000 [--catalog DIR]
import { mkdirSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const categories = ['foundations', 'nlp', 'vision', 'audio', 'generative-models', 'mlops', 'evaluation', 'data', 'safety-compliance', 'domain-knowledge', 'creative', 'product'];
const tiers = [
  ['critical', 0.0005],
  ['strict', 0.005],
  ['guarded', 0.03],
  ['tolerant', 0.1],
  ['open', 0.3],
];
const pad = (n) => String(n).padStart(5, '0');

/** Writes DIR/skills.yaml, DIR/domains.yaml and DIR/roles/<domain>.yaml. */
export function generateCatalog(dir, { roles: roleCount, skills: skillCount, domains: domainCount = 20, seed = 1, minSkills = 4, maxSkills = 10 }) {
  const next = random(seed);
  const pick = (n) => Math.floor(next() * n);
  const skills = Array.from({ length: skillCount }, (_, i) => ({
    id: `skill-${pad(i)}`,
    name: `Synthetic skill ${i}`,
    category: categories[i % categories.length],
    aliases: [`synthetic ${i}`, `ss${i}`],
    description: `A generated skill for benchmarks, number ${i}.`,
    zh: { name: `合成技能 ${i}` },
  }));
  const domains = Array.from({ length: domainCount }, (_, i) => {
    const [tier, etr] = tiers[i % tiers.length];
    return {
      id: `domain-${pad(i)}`,
      name: `Synthetic domain ${i}`,
      etr,
      tier,
      euAiAct: 'limited',
      rationale: 'A generated domain for benchmarks; its ETR is the middle of its tier.',
      strategies: ['Human review of generated output', 'Retrieval grounding with citations'],
      references: [{ title: 'Regulation (EU) 2024/1689 (AI Act)', url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' }],
      zh: { name: `合成领域 ${i}` },
    };
  });
  const used = new Set();
  const roles = Array.from({ length: roleCount }, (_, i) => {
    const count = minSkills + pick(maxSkills - minSkills + 1);
    // Every skill is used somewhere, as in a real catalog (an unused one is a warning): role i
    // takes skills i, i + roles, i + 2·roles… first, then random ones up to its count.
    const chosen = new Set();
    for (let s = i; s < skillCount && chosen.size < count; s += roleCount) chosen.add(s);
    while (chosen.size < count) chosen.add(pick(skillCount));
    for (const s of chosen) used.add(s);
    return {
      id: `role-${pad(i)}`,
      title: `Synthetic role ${i}`,
      domain: domains[i % domainCount].id,
      seniority: ['entry', 'mid', 'senior'][i % 3],
      summary: `A generated role for benchmarks that needs ${chosen.size} skills.`,
      skills: [...chosen].map((s, k) => ({ skill: skills[s].id, level: 1 + pick(5), importance: 1 + pick(5), essential: k === 0 })),
      related: [`role-${pad((i + 1) % roleCount)}`],
      portfolioProject: 'Build a small generated project and measure its error rate.',
      outlook: { trend: 'growing', reason: 'Generated for benchmarks.' },
      zh: { title: `合成岗位 ${i}`, summary: '用于基准测试的合成岗位。' },
    };
  });
  mkdirSync(join(dir, 'roles'), { recursive: true });
  writeFileSync(join(dir, 'skills.yaml'), stringify({ skills }));
  writeFileSync(join(dir, 'domains.yaml'), stringify({ domains }));
  for (const domain of domains) {
    writeFileSync(join(dir, 'roles', `${domain.id}.yaml`), stringify({ roles: roles.filter((r) => r.domain === domain.id) }));
  }
}

/** The built-in catalog, wherever the generator is run from. */
export const builtinCatalog = join(import.meta.dirname, '..', 'data', 'catalog');

/** Writes `count` profiles, one JSON object per line, using skill ids and names of the catalog. */
export async function generateProfiles(file, options) {
  const out = createWriteStream(file);
  await writeProfiles(out, options);
  await new Promise((resolve) => out.end(resolve));
}

/** Writes `count` profiles to a writable stream (a file, a child's standard input), minding back-pressure; leaves it open. */
export async function writeProfiles(out, { count, catalogDir = builtinCatalog, seed = 2 }) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const skills = parse(readFileSync(join(catalogDir, 'skills.yaml'), 'utf8')).skills;
  const domains = parse(readFileSync(join(catalogDir, 'domains.yaml'), 'utf8')).domains.map((d) => d.id);
  const appetites = ['very-low', 'low', 'medium', 'high', 'very-high'];
  for (let i = 0; i < count; i++) {
    const profileSkills = {};
    for (let k = 0; k < 4 + Math.floor(next() * 10); k++) {
      const skill = pick(skills);
      profileSkills[next() < 0.5 ? skill.id : skill.name] = 1 + Math.floor(next() * 5);
    }
    const profile = { name: `Person ${i}`, riskAppetite: pick(appetites), experienceYears: Math.floor(next() * 20), skills: profileSkills, interests: [pick(domains), pick(domains)].filter((d, k, all) => all.indexOf(d) === k) };
    if (!out.write(`${JSON.stringify(profile)}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind, target, ...rest] = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : fallback;
  };
  if (kind === 'catalog' && target) generateCatalog(target, { roles: Number(option('roles', 1000)), skills: Number(option('skills', 500)), minSkills: Number(option('min-skills', 4)), maxSkills: Number(option('max-skills', 10)) });
  else if (kind === 'profiles' && target) await generateProfiles(target, { count: Number(option('count', 10000)), catalogDir: option('catalog', builtinCatalog) });
  else {
    console.error('usage: node bench/generate.mjs catalog DIR [--roles N] [--skills N] | profiles FILE [--count N] [--catalog DIR]');
    process.exit(2);
  }
}
