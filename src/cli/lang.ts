import { Option } from 'commander';
import { usageError } from '../core/errors.js';
import { setStderrLang } from '../core/output.js';
import { isLang, langs, type Lang } from '../model/lang.js';
import { envValue, userConfig } from './config-file.js';
import { setting, type Setting } from './settings.js';

/**
 * The report language: --lang, else the ETR_LANG environment variable, else the config file's
 * `lang`, else English. An unknown value is a usage error naming the allowed ones; an empty
 * ETR_LANG counts as unset.
 */
export function reportLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  return langSetting(flag, env).value;
}

/** The report language and where it came from (see reportLang). */
export function langSetting(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Setting<Lang> {
  const chosen = setting<string>(flag, envValue(env, 'ETR_LANG'), userConfig().lang, 'en');
  // The config file's value was checked when it was read, and the default is a language.
  if (chosen.source !== 'flag' && chosen.source !== 'env') return chosen as Setting<Lang>;
  const from = chosen.source === 'flag' ? '--lang' : 'ETR_LANG';
  const lang = chosen.value.trim().toLowerCase();
  if (isLang(lang)) return { value: lang, source: chosen.source };
  throw usageError(
    { en: `${from} ${JSON.stringify(chosen.value)}: unknown language`, zh: `${from} ${JSON.stringify(chosen.value)}：未知的语言` },
    { en: `use one of: ${langs.join(', ')}`, zh: `可选：${langs.join('、')}` },
  );
}


/**
 * The language of warnings and errors, read from the command line before commander parses it, so
 * that an error raised before a command's options are known (an unknown option, a file that is
 * missing) is in it too: --lang VALUE or --lang=VALUE (before a `--`), else ETR_LANG, else the
 * config file's `lang` (once it is read). A value that names no language leaves English, and the
 * command's own parsing reports it.
 */
export function readStderrLang(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const end = args.indexOf('--');
  const options = end === -1 ? args : args.slice(0, end);
  let flag: string | undefined;
  options.forEach((arg, i) => {
    if (arg === '--lang') flag = options[i + 1];
    else if (arg.startsWith('--lang=')) flag = arg.slice('--lang='.length);
  });
  const value = (flag ?? envValue(env, 'ETR_LANG') ?? userConfig().lang ?? '').trim().toLowerCase();
  const lang = isLang(value) ? value : 'en';
  setStderrLang(lang);
  return lang;
}

/** The one `--lang` option every command that writes for people offers; read it with reportLang. */
export function langOption(what = 'output language'): Option {
  return new Option('--lang <lang>', `${what} (default: $ETR_LANG, else the config file's lang, else en)`).choices([...langs]);
}
