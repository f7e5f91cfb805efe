import { Option } from 'commander';
import { usageError } from '../core/errors.js';
import { regions, type Region } from '../model/catalog.js';
import { envValue, userConfig } from './config-file.js';
import { setting, type Setting } from './settings.js';

/**
 * The region the command line asks for: --region, else the ETR_REGION environment variable, else
 * the config file's `region`; undefined when none names one, and the profile's `region` (if any)
 * decides. An unknown value is a usage error naming the allowed ones; an empty ETR_REGION counts
 * as unset.
 */
export function regionOverride(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Region | undefined {
  return regionSetting(flag, env).value;
}

/** The region override and where it came from (see regionOverride). */
export function regionSetting(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Setting<Region | undefined> {
  const chosen = setting<string | undefined>(flag, envValue(env, 'ETR_REGION'), userConfig().region, undefined);
  if (chosen.value === undefined || (chosen.source !== 'flag' && chosen.source !== 'env')) return chosen as Setting<Region | undefined>;
  const from = chosen.source === 'flag' ? '--region' : 'ETR_REGION';
  const region = chosen.value.trim().toLowerCase();
  if (isRegion(region)) return { value: region, source: chosen.source };
  throw usageError({ en: `${from} ${JSON.stringify(chosen.value)}: unknown region`, zh: `${from} ${JSON.stringify(chosen.value)}：未知的地区` }, { en: `use one of: ${regions.join(', ')}`, zh: `可选：${regions.join('、')}` });
}

export function isRegion(value: string): value is Region {
  return (regions as readonly string[]).includes(value);
}

/** The one `--region` option of the commands whose output depends on where the reader works. */
export function regionOption(): Option {
  return new Option('--region <region>', "whose rules apply: eu, us or cn (default: $ETR_REGION, else the config file's region, else the profile's; with none, the catalog's EU defaults)").choices([...regions]);
}
