import { Option, type Command } from 'commander';
import { displayPath, pathInfo } from '../core/files.js';
import { writeStdout } from '../core/output.js';
import type { Text } from '../core/text.js';
import { configPath, shownConfigPath } from './config-file.js';
import { langOption, langSetting } from './lang.js';
import { hoursPerWeek } from './options.js';
import { regionOption, regionSetting } from './region.js';
import { catalogSetting, hoursSetting, profileSetting, type Setting, type SettingSource } from './settings.js';

interface ConfigOptions {
  catalog?: string;
  profile?: string;
  lang?: string;
  region?: string;
  hoursPerWeek?: number;
  format: 'text' | 'json';
}

/** What each setting is when nothing sets it, as the commands' help says. */
const defaults: Record<string, Text> = {
  catalog: { en: 'the built-in catalog', zh: '内置目录' },
  profile: { en: 'none: advise and plan need --profile', zh: '无：advise 和 plan 需要 --profile' },
  region: { en: "the profile's region, else the catalog's EU defaults", zh: '档案中的地区，否则采用职位目录默认的欧盟规则' },
  hoursPerWeek: { en: "the profile's hoursPerWeek, else 5", zh: '档案中的 hoursPerWeek，否则为 5' },
};

const sourceWords: Record<SettingSource, Text> = {
  flag: { en: 'flag', zh: '命令行选项' },
  env: { en: 'environment', zh: '环境变量' },
  config: { en: 'config file', zh: '配置文件' },
  default: { en: 'default', zh: '默认' },
};

const envNames: Record<string, string> = { catalog: 'ETR_CATALOG', lang: 'ETR_LANG', region: 'ETR_REGION' };

export function registerConfig(program: Command): void {
  program
    .command('config')
    .summary('show the settings in effect and where each comes from')
    .description(
      'Show each setting (catalog, profile, lang, region, hoursPerWeek), its value and where it comes from: a flag, the environment (ETR_CATALOG, ETR_LANG, ETR_REGION), the config file ($XDG_CONFIG_HOME/etr/config.yaml, else ~/.config/etr/config.yaml) or the default. Flags given here show what a command given them would use.',
    )
    .option('--catalog <dir>', 'catalog directory')
    .option('--profile <file>', 'profile file')
    .addOption(langOption())
    .addOption(regionOption())
    .option('--hours-per-week <hours>', 'hours a week for learning', hoursPerWeek)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((options: ConfigOptions) => {
      const lang = langSetting(options.lang);
      const settings: Record<string, Setting<string | number | undefined>> = {
        catalog: catalogSetting(options.catalog),
        profile: profileSetting(options.profile),
        lang,
        region: regionSetting(options.region),
        hoursPerWeek: hoursSetting(options.hoursPerWeek),
      };
      const file = { path: configPath(), exists: !('missing' in pathInfo(configPath())) };
      if (options.format === 'json') {
        const json = Object.fromEntries(Object.entries(settings).map(([key, s]) => [key, { value: s.value ?? null, source: s.source }]));
        writeStdout(JSON.stringify({ configFile: file, settings: json }, null, 2));
        return;
      }
      const l = lang.value;
      const shown = shownConfigPath();
      const lines = [l === 'zh' ? `配置文件：${shown}${file.exists ? '' : '（不存在）'}` : `config file: ${shown}${file.exists ? '' : ' (not found)'}`];
      const width = Math.max(...Object.keys(settings).map((k) => k.length));
      for (const [key, s] of Object.entries(settings)) {
        const value = s.value === undefined ? (l === 'zh' ? `（${defaults[key]?.zh ?? ''}）` : `(${defaults[key]?.en ?? ''})`) : key === 'catalog' || key === 'profile' ? displayPath(String(s.value)) : String(s.value);
        const source = sourceWords[s.source][l] + (s.source === 'env' ? ` ${envNames[key]}` : '');
        lines.push(`${key.padEnd(width)}  ${value}  [${source}]`);
      }
      writeStdout(`${lines.join('\n')}\n`);
    });
}
