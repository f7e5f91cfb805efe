import { Option } from 'commander';
import { usageError } from '../core/errors.js';
import { regions, type Region } from '../model/catalog.js';

/**
 * The region the command line asks for: --region, else the ETR_REGION environment variable;
 * undefined when neither names one, and the profile's `region` (if any) decides. An unknown value
 * is a usage error naming the allowed ones; an empty ETR_REGION counts as unset.
 */
export function regionOverride(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Region | undefined {
  const [value, from] = flag !== undefined ? [flag, '--region'] : [env.ETR_REGION, 'ETR_REGION'];
  if (value === undefined || (from === 'ETR_REGION' && value.trim() === '')) return undefined;
  const region = value.trim().toLowerCase();
  if (isRegion(region)) return region;
  throw usageError({ en: `${from} ${JSON.stringify(value)}: unknown region`, zh: `${from} ${JSON.stringify(value)}：未知的地区` }, { en: `use one of: ${regions.join(', ')}`, zh: `可选：${regions.join('、')}` });
}

export function isRegion(value: string): value is Region {
  return (regions as readonly string[]).includes(value);
}

/** The one `--region` option of the commands whose output depends on where the reader works. */
export function regionOption(): Option {
  return new Option('--region <region>', "whose rules apply: eu, us or cn (default: $ETR_REGION, else the profile's region; with none, the catalog's EU defaults)").choices([...regions]);
}
