import { regions } from '../model/catalog.js';
import { tierCeilings, tiers, type Tier } from '../model/etr.js';

type Node = { [key: string]: unknown; properties?: Record<string, Node>; items?: Node };

/**
 * The rules of etr's catalog check (catalog/rules.ts, catalog/region-rules.ts) that look at one
 * entry alone, said in JSON Schema so that an editor flags them where `etr validate` would:
 *
 * - etr-reason-missing, euaiact-reason-missing: a role's etr or euAiAct needs its reason;
 * - no-essential-skill: a role needs at least one essential skill;
 * - tier-mismatch: a domain's tier, when given, agrees with its etr;
 * - region-repeated: a region list names each region once;
 * - regional-variant-eu: a role's portfolio variant is for us or cn, never eu.
 *
 * What needs other entries or files (unique ids, references that resolve, a requirement listed
 * twice, two variants for one region, a region without an essential skill) stays etr's.
 */
export function addEntryRules(definitions: Record<string, Node>): void {
  const role = definitions.role!;
  role.dependencies = { etr: ['etrReason'], euAiAct: ['euAiActReason'] };
  role.properties!.skills!.contains = { properties: { essential: { const: true } }, required: ['essential'] };
  const variantRegions = role.properties!.regional!.items!.properties!.region!;
  variantRegions.items = { ...variantRegions.items, enum: regions.filter((region) => region !== 'eu') };

  const domain = definitions.domain!;
  domain.allOf = tiers.map((tier) => ({ if: { properties: { tier: { const: tier } }, required: ['tier'] }, then: { properties: { etr: etrRange(tier) } } }));

  for (const definition of Object.values(definitions)) forEachRegionList(definition, (list) => (list.uniqueItems = true));
}

/** A tier's ETR range as JSON Schema bounds: above the tier below's ceiling, up to its own. */
function etrRange(tier: Tier): Node {
  const index = tiers.indexOf(tier);
  const floor = index > 0 ? tierCeilings[tiers[index - 1] as Exclude<Tier, 'open'>] : undefined;
  const ceiling = tier === 'open' ? undefined : tierCeilings[tier];
  return { ...(floor !== undefined && { exclusiveMinimum: floor }), ...(ceiling !== undefined && { maximum: ceiling }) };
}

/** Every `region:` list under a schema node: a property named region that holds an array. */
function forEachRegionList(node: Node, visit: (list: Node) => void): void {
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    if (name === 'region' && property.type === 'array') visit(property);
    forEachRegionList(property, visit);
    if (property.items) forEachRegionList(property.items, visit);
  }
}
