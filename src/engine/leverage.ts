import type { Catalog } from '../model/catalog.js';
import { rankRoles } from './rank.js';
import { type Profile } from '../model/profile.js';
import { skillLevel } from '../model/levels.js';
import { readinessLevels } from '../model/readiness.js';

/** A skill whose next level would bring roles closer: how many, and which. */
export interface LeverageEntry {
  skill: string;
  name: string;
  from: number;
  to: number;
  /** The catalog's hours for this level: an estimate; null where it gives none. */
  hours: number | null;
  /** Roles whose readiness improves by at least one step (long-shot → stretch, stretch → ready). */
  rolesImproved: number;
  /** Of those, the roles that become ready. */
  rolesReady: number;
  /** Roles whose score this upgrade raises at all. */
  rolesRaised: number;
  /** Sum of the score gains over every role considered. */
  totalGain: number;
  roles: string[];
}

/**
 * The skills that open the most doors: for each skill below 5, raise it one level and count the
 * roles (excluded domains left out) whose readiness improves. Most roles first, then most made
 * ready, then most roles whose score rises, then largest total gain, then id.
 */
export function leverage(catalog: Catalog, profile: Profile, onlyDomains: readonly string[] = []): LeverageEntry[] {
  const before = new Map(rankRoles(catalog, profile, onlyDomains).map((s) => [s.role.id, s]));
  const step = (readiness: string) => readinessLevels.indexOf(readiness as (typeof readinessLevels)[number]);
  const entries: LeverageEntry[] = [];
  for (const skill of catalog.skills) {
    const from = skillLevel(profile.skills, skill.id);
    if (from >= 5) continue;
    const after = rankRoles(catalog, { ...profile, skills: { ...profile.skills, [skill.id]: from + 1 } }, onlyDomains);
    const improved: string[] = [];
    let ready = 0;
    let totalGain = 0;
    let raised = 0;
    for (const scored of after) {
      const previous = before.get(scored.role.id)!;
      const gain = scored.score - previous.score;
      totalGain += gain;
      if (gain > 1e-12) raised++;
      if (step(scored.readiness) < step(previous.readiness)) {
        improved.push(scored.role.id);
        if (scored.readiness === 'ready') ready++;
      }
    }
    if (improved.length === 0 && totalGain <= 1e-12) continue;
    entries.push({ skill: skill.id, name: skill.name, from, to: from + 1, hours: skill.learn?.hoursPerLevel[from] ?? null, rolesImproved: improved.length, rolesReady: ready, rolesRaised: raised, totalGain, roles: improved.sort() });
  }
  return entries.sort((a, b) => b.rolesImproved - a.rolesImproved || b.rolesReady - a.rolesReady || b.rolesRaised - a.rolesRaised || b.totalGain - a.totalGain || (a.skill < b.skill ? -1 : 1));
}
