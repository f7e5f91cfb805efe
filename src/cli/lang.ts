import { Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { isLang, langs, type Lang } from '../model/lang.js';

/**
 * The report language: --lang, else the ETR_LANG environment variable, else English. An unknown
 * value is a usage error naming the allowed ones; an empty ETR_LANG counts as unset.
 */
export function reportLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const [value, from] = flag !== undefined ? [flag, '--lang'] : [env.ETR_LANG, 'ETR_LANG'];
  if (value === undefined || (from === 'ETR_LANG' && value.trim() === '')) return 'en';
  const lang = value.trim().toLowerCase();
  if (isLang(lang)) return lang;
  throw new UsageError(`${from} ${JSON.stringify(value)}: unknown language`, `use one of: ${langs.join(', ')}`);
}

/** The one `--lang` option every command that writes for people offers; read it with reportLang. */
export function langOption(what = 'output language'): Option {
  return new Option('--lang <lang>', `${what} (default: $ETR_LANG, else en)`).choices([...langs]);
}
