import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { usageError, type UsageError } from '../core/errors.js';
import { displayPath, loadYamlFile, pathInfo, type SourceLimits } from '../core/files.js';
import type { Problem } from '../core/problem.js';
import type { Text } from '../core/text.js';
import type { ParsedYaml } from '../core/yaml.js';
import { regions, type Region } from '../model/catalog.js';
import { isLang, langs, type Lang } from '../model/lang.js';
import { maxHoursPerWeek } from '../profile/schema.js';

/**
 * The user's configuration file, $XDG_CONFIG_HOME/etr/config.yaml (else ~/.config/etr/config.yaml):
 * defaults below the command line and the environment. Read once per run, before the command
 * line is parsed, so that every command (and the language of its errors) sees it.
 */
export interface UserConfig {
  /** The profile advise and plan read when --profile is absent; absolute. */
  profile?: string;
  /** The catalog directory when neither --catalog nor ETR_CATALOG names one; absolute. */
  catalog?: string;
  lang?: Lang;
  region?: Region;
  hoursPerWeek?: number;
}

export const configKeys = ['profile', 'catalog', 'lang', 'region', 'hoursPerWeek'] as const;
export type ConfigKey = (typeof configKeys)[number];

// A few lines of settings: anything large is not a config file.
const configLimits: SourceLimits = { maxBytes: 64 * 1024, maxAliasCount: 0 };

let loaded: { path: string; config: UserConfig } | undefined;

/** Where the config file is, whether or not it exists. An empty XDG_CONFIG_HOME counts as unset. */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME?.trim() ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'etr', 'config.yaml');
}

/** Reads the config file into this run's settings; a missing file is no settings. Throws a usage error naming the file. */
export async function loadUserConfig(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const path = configPath(env);
  const info = pathInfo(path);
  // Out of reach is no config too: a folder on the way this user may not enter (another user's
  // home, under sudo -u) holds no file of theirs. A file they can see but not read is an error.
  const unreachable = 'error' in info && info.error.code === 'EACCES';
  loaded = { path, config: 'missing' in info || unreachable ? {} : await readConfig(path) };
}

/** The settings of the config file read by loadUserConfig (none before it ran, as for the API). */
export function userConfig(): UserConfig {
  return loaded?.config ?? {};
}

/** The config file's path as messages show it. */
export function shownConfigPath(): string {
  return displayPath(loaded?.path ?? configPath());
}

/** An environment variable's value, with an empty one counted as unset. */
export function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

async function readConfig(path: string): Promise<UserConfig> {
  const shown = displayPath(path);
  const parsed = await loadYamlFile(path, configLimits, shown);
  // An empty file (or one of comments only) is no settings, not a mistake.
  const first = parsed.problems.find((p) => p.severity === 'error' && p.code !== 'yaml-empty');
  if (first) throw located(first);
  if (parsed.value === null || parsed.value === undefined) return {};
  if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    throw locatedAt(shown, parsed, [], { en: 'the config file must be a mapping of settings', zh: '配置文件应为一组“键: 值”设置' }, allowedKeys);
  }
  const config: UserConfig = {};
  const base = dirname(path);
  for (const [key, value] of Object.entries(parsed.value as Record<string, unknown>)) {
    const wrong = (message: Text, hint: Text) => locatedAt(shown, parsed, [key], message, hint);
    switch (key as ConfigKey) {
      case 'profile':
      case 'catalog':
        if (typeof value !== 'string' || value.trim() === '') throw wrong({ en: `${key} must be a path`, zh: `${key} 应为路径` }, { en: 'a path relative to this file, or an absolute one', zh: '相对于本文件的路径，或绝对路径' });
        config[key as 'profile' | 'catalog'] = resolve(base, value);
        break;
      case 'lang': {
        const lang = typeof value === 'string' ? value.trim().toLowerCase() : '';
        if (!isLang(lang)) throw wrong({ en: `lang ${JSON.stringify(value)}: unknown language`, zh: `lang ${JSON.stringify(value)}：未知的语言` }, { en: `use one of: ${langs.join(', ')}`, zh: `可选：${langs.join('、')}` });
        config.lang = lang;
        break;
      }
      case 'region': {
        const region = typeof value === 'string' ? value.trim().toLowerCase() : '';
        if (!(regions as readonly string[]).includes(region)) throw wrong({ en: `region ${JSON.stringify(value)}: unknown region`, zh: `region ${JSON.stringify(value)}：未知的地区` }, { en: `use one of: ${regions.join(', ')}`, zh: `可选：${regions.join('、')}` });
        config.region = region as Region;
        break;
      }
      case 'hoursPerWeek':
        if (typeof value !== 'number' || !(value > 0 && value <= maxHoursPerWeek)) throw wrong({ en: `hoursPerWeek ${JSON.stringify(value)}: not a number of hours`, zh: `hoursPerWeek ${JSON.stringify(value)}：不是有效的小时数` }, { en: `a number above 0 and at most ${maxHoursPerWeek}`, zh: `应为大于 0、不超过 ${maxHoursPerWeek} 的数` });
        config.hoursPerWeek = value;
        break;
      default:
        throw locatedAt(shown, parsed, [key], { en: `unknown setting ${JSON.stringify(key)}`, zh: `未知的设置 ${JSON.stringify(key)}` }, allowedKeys, 'key');
    }
  }
  return config;
}

const allowedKeys: Text = { en: `the settings are: ${configKeys.join(', ')}`, zh: `可用的设置：${configKeys.join('、')}` };

function locatedAt(shown: string, parsed: ParsedYaml, path: readonly string[], message: Text, hint: Text, target: 'key' | 'value' = 'value'): UsageError {
  const { line, column } = parsed.locate(path, target);
  return usageError({ en: `${shown}:${line}:${column}: ${message.en}`, zh: `${shown}:${line}:${column}：${message.zh}` }, hint);
}

/** A YAML problem of the config file (syntax, encoding, size) as a usage error, located as the problem is. */
function located(problem: Problem): UsageError {
  const at = `${problem.file ?? shownConfigPath()}${problem.line !== undefined ? `:${problem.line}:${problem.column ?? 1}` : ''}`;
  const zh = problem.zh ?? { message: problem.message, hint: problem.hint };
  return usageError({ en: `${at}: ${problem.message}`, zh: `${at}：${zh.message}` }, { en: problem.hint ?? 'fix the config file', zh: zh.hint ?? '请修正配置文件' });
}
