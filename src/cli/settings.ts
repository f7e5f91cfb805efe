import { Option } from 'commander';
import { envValue, userConfig } from './config-file.js';

/** Where a setting's value came from, by precedence: the command line, the environment, the config file, etr's default. */
export type SettingSource = 'flag' | 'env' | 'config' | 'default';

export interface Setting<T> {
  value: T;
  source: SettingSource;
}

/**
 * A setting by precedence: the flag, else the environment variable (an empty one counts as
 * unset), else the config file's value, else the default.
 */
export function setting<T>(flag: T | undefined, env: T | undefined, config: T | undefined, fallback: T): Setting<T> {
  if (flag !== undefined) return { value: flag, source: 'flag' };
  if (env !== undefined) return { value: env, source: 'env' };
  if (config !== undefined) return { value: config, source: 'config' };
  return { value: fallback, source: 'default' };
}

/** The catalog directory: --catalog, else ETR_CATALOG, else the config file's; undefined is the built-in catalog. */
export function catalogSetting(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Setting<string | undefined> {
  return setting(flag, envValue(env, 'ETR_CATALOG'), userConfig().catalog, undefined);
}

export function catalogDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return catalogSetting(flag, env).value;
}

/** The profile of advise and plan: --profile, else the config file's. */
export function profileSetting(flag: string | undefined): Setting<string | undefined> {
  return setting(flag, undefined, userConfig().profile, undefined);
}

/** Hours a week for learning: --hours-per-week, else the config file's; undefined leaves the profile's (else 5). */
export function hoursSetting(flag: number | undefined): Setting<number | undefined> {
  return setting(flag, undefined, userConfig().hoursPerWeek, undefined);
}

/** --catalog, as every command that reads a catalog takes it; `what` says what the command reads it for. */
export function catalogOption(what = 'catalog directory'): Option {
  return new Option('--catalog <dir>', `${what} (default: $ETR_CATALOG, else the config file's catalog, else the built-in catalog)`);
}
