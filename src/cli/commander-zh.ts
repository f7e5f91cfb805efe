import type { CommanderError } from 'commander';
import { optionParserTexts } from './options.js';

/**
 * commander's own errors (an unknown option, a missing argument) in Chinese, by their code. Its
 * English message is built from fixed sentences, so the values it quotes are read back out of it:
 * the option or argument as typed, commander's "did you mean" and the allowed choices.
 */
export function commanderErrorInChinese(error: CommanderError): string {
  const message = error.message.replace(/^error: /, '');
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
  const didYouMean = /\(Did you mean (.+)\?\)/.exec(message)?.[1];
  const suggestion = didYouMean === undefined ? '' : `\n（是不是指 ${didYouMean.replace(/ or /g, ' 或 ')}？）`;
  switch (error.code) {
    case 'commander.unknownOption':
      return `未知选项 ${quoted[0] ?? ''}${suggestion}`;
    case 'commander.unknownCommand':
      return `未知命令 ${quoted[0] ?? ''}${suggestion}`;
    case 'commander.missingArgument':
      return `缺少必需的参数 ${quoted[0] ?? ''}`;
    case 'commander.optionMissingArgument':
      return `选项 ${quoted[0] ?? ''} 缺少取值`;
    case 'commander.missingMandatoryOptionValue':
      return `必须给出选项 ${quoted[0] ?? ''}`;
    case 'commander.conflictingOption':
      return `${quoted[0] ?? ''} 与 ${quoted[1] ?? ''} 不能同时使用`;
    case 'commander.excessArguments': {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(message);
      return counts ? `参数过多：应有 ${counts[1]} 个，实际给了 ${counts[2]} 个` : '参数过多';
    }
    case 'commander.invalidArgument':
      return invalidArgument(message, quoted);
    default:
      return `命令行有误：${message}`;
  }
}

/** "option '--format <format>' argument 'x' is invalid. Allowed choices are …" and our parsers' reasons. */
function invalidArgument(message: string, quoted: string[]): string {
  const choices = /Allowed choices are (.+)\.$/.exec(message)?.[1];
  const reason = choices !== undefined ? `可选值为 ${choices.split(', ').join('、')}` : parserReason(message);
  const what = message.startsWith('command-argument') ? `参数 ${quoted[1] ?? ''} 的值 ${quoted[0] ?? ''} 无效` : `选项 ${quoted[0] ?? ''} 的值 ${quoted[1] ?? ''} 无效`;
  return reason === undefined ? what : `${what}：${reason}`;
}

/** The Chinese of a reason our own option parsers gave (options.ts), found by its English. */
function parserReason(message: string): string | undefined {
  return optionParserTexts().find((text) => message.endsWith(text.en))?.zh;
}
