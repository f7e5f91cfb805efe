import type { Argument, Command, Option } from 'commander';
import { riskAppetites } from '../model/etr.js';

/**
 * Shell completion scripts, generated from the commands and options as commander knows them, so
 * a new flag or format completes without touching this file. Role and domain ids are not baked
 * in: the scripts ask `etr __ids roles|domains` (a hidden command; one `id<TAB>name` line each) at
 * completion time, passing on a `--catalog DIR` already on the command line.
 */

export const shells = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof shells)[number];
export const idLists = ['roles', 'domains'] as const;
export type IdList = (typeof idLists)[number];

/** What a word in a given position may be. */
export type Values = { kind: 'none' } | { kind: 'words'; words: readonly string[] } | { kind: 'ids'; list: IdList } | { kind: 'file' } | { kind: 'dir' };

export interface OptionSpec {
  long?: string;
  short?: string;
  description: string;
  /** The option takes a value (`--format json`); otherwise it is a switch. */
  takesValue: boolean;
  repeatable: boolean;
  values: Values;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Positional arguments, in order. */
  args: { name: string; values: Values }[];
}

export interface CompletionSpec {
  /** Options of `etr` itself (--version, --help, --no-color, --debug). */
  options: OptionSpec[];
  commands: CommandSpec[];
}

const noValues: Values = { kind: 'none' };

/** Values that commander's choices do not say: ids, files, directories, risk appetites. */
const optionValues: Readonly<Record<string, Values>> = {
  '--target': { kind: 'ids', list: 'roles' },
  '--domain': { kind: 'ids', list: 'domains' },
  '--profile': { kind: 'file' },
  '--batch': { kind: 'file' },
  '--out': { kind: 'file' },
  '--catalog': { kind: 'dir' },
  '--risk': { kind: 'words', words: riskAppetites },
};
const argumentValues: Readonly<Record<string, Values>> = {
  'show role': { kind: 'ids', list: 'roles' },
  'import file': { kind: 'file' },
  'validate profiles': { kind: 'file' },
};

/** The spec of `program`, as its help shows it (hidden commands and options left out). */
export function completionSpec(program: Command): CompletionSpec {
  const help = program.createHelp();
  const commands = help.visibleCommands(program);
  const globals = help.visibleOptions(program).map(optionSpec);
  // commander reads etr's own switches after the command too (`etr advise … --no-color`).
  const inherited = globals.filter((o) => o.long !== '--version' && o.long !== '--help');
  return {
    options: globals,
    commands: commands.map((command) => ({
      name: command.name(),
      description: command.summary() || command.description(),
      options: [...help.visibleOptions(command).map(optionSpec), ...inherited],
      args: command.registeredArguments.map((argument) => ({
        name: argument.name(),
        values: command.name() === 'help' ? { kind: 'words', words: commands.map((c) => c.name()).filter((n) => n !== 'help') } : argumentSpec(command.name(), argument),
      })),
    })),
  };
}

function optionSpec(option: Option): OptionSpec {
  const takesValue = option.required || option.optional;
  const values: Values = !takesValue ? noValues : option.argChoices ? { kind: 'words', words: option.argChoices } : (optionValues[option.long ?? ''] ?? noValues);
  return {
    ...(option.long ? { long: option.long } : {}),
    ...(option.short ? { short: option.short } : {}),
    description: option.description,
    takesValue,
    repeatable: option.variadic || Array.isArray(option.defaultValue),
    values,
  };
}

function argumentSpec(command: string, argument: Argument): Values {
  if (argument.argChoices) return { kind: 'words', words: argument.argChoices };
  return argumentValues[`${command} ${argument.name()}`] ?? noValues;
}

export function completionScript(shell: Shell, program: Command): string {
  const spec = completionSpec(program);
  const name = program.name();
  switch (shell) {
    case 'bash':
      return bashScript(spec, name);
    case 'zsh':
      return zshScript(spec, name);
    case 'fish':
      return fishScript(spec, name);
  }
}

const flagsOf = (o: OptionSpec): string[] => [o.short, o.long].filter((f): f is string => f !== undefined);

/** Groups `key → Values` by the shell code that completes them, for compact case statements. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined, patternOf: (item: T) => string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), ...patternOf(item)]);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------- bash

function bashValues(values: Values): string | undefined {
  switch (values.kind) {
    case 'none':
      return undefined;
    case 'words':
      return `_etr_words ${bashQuote(values.words.join(' '))}`;
    case 'ids':
      return `_etr_words "$(_etr_ids ${values.list})"`;
    case 'file':
      return '_etr_files';
    case 'dir':
      return '_etr_dirs';
  }
}

function bashQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function bashCase(subject: string, groups: Map<string, string[]>, indent = '  '): string[] {
  if (groups.size === 0) return [];
  return [`${indent}case "${subject}" in`, ...[...groups].map(([code, patterns]) => `${indent}  ${patterns.map((p) => bashQuote(p)).join('|')}) ${code} ;;`), `${indent}esac`];
}

function bashScript(spec: CompletionSpec, name: string): string {
  const options = [{ name: '', options: spec.options }, ...spec.commands];
  const valueOptions = options.flatMap((c) => c.options.filter((o) => o.takesValue).flatMap((o) => flagsOf(o).map((flag) => ({ command: c.name, flag, values: o.values }))));
  const takesValue = groupBy(valueOptions, () => 'return 0', (o) => [`${o.command} ${o.flag}`]);
  const values = groupBy(valueOptions, (o) => bashValues(o.values), (o) => [`${o.command} ${o.flag}`]);
  const optionWords = groupBy(options, (c) => `echo ${bashQuote(c.options.flatMap(flagsOf).join(' '))}`, (c) => [c.name]);
  const args = spec.commands.flatMap((c) => c.args.map((a, index) => ({ key: `${c.name} ${index}`, values: a.values })));
  const argValues = groupBy(args, (a) => bashValues(a.values), (a) => [a.key]);
  return `# ${name} completion for bash, generated by \`${name} completion bash\`.
# Load it in this shell:  source <(${name} completion bash)
# Or for every new shell: ${name} completion bash > ~/.local/share/bash-completion/completions/${name}

# Ids of the catalog's roles or domains: the built-in catalog's, or those of a --catalog DIR
# already on the command line.
_etr_ids() {
  local i dir catalog=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \${COMP_WORDS[i]} in
      --catalog)
        dir=\${COMP_WORDS[i + 1]}
        [[ $dir == "=" ]] && dir=\${COMP_WORDS[i + 2]}
        catalog=(--catalog "\${dir/#\\~/$HOME}") ;;
      --catalog=*) catalog=("\${COMP_WORDS[i]}") ;;
    esac
  done
  local id _
  "\${COMP_WORDS[0]}" __ids "$1" "\${catalog[@]}" 2>/dev/null | while IFS=$'\\t' read -r id _; do printf '%s\\n' "$id"; done
}

_etr_words() {
  local IFS=$' \\t\\n'
  mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur")
  [[ -n $prefix ]] && COMPREPLY=("\${COMPREPLY[@]/#/$prefix}")
  return 0
}

_etr_files() {
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  [[ -n $prefix ]] && COMPREPLY=("\${COMPREPLY[@]/#/$prefix}")
  return 0
}

_etr_dirs() {
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -d -- "$cur")
  [[ -n $prefix ]] && COMPREPLY=("\${COMPREPLY[@]/#/$prefix}")
  return 0
}

# Does option $2 of command $1 take a value?
_etr_takes_value() {
${bashCase('$1 $2', takesValue).join('\n')}
  return 1
}

_etr() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev="" opt="" prefix=""
  ((COMP_CWORD > 0)) && prev=\${COMP_WORDS[COMP_CWORD - 1]}
  COMPREPLY=()
  # A value after "=": bash splits --format=json into --format, =, json.
  if [[ $cur == "=" ]]; then
    opt=$prev cur=""
  elif [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
    opt=\${COMP_WORDS[COMP_CWORD - 2]}
  elif [[ $cur == --*=* ]]; then
    opt=\${cur%%=*} prefix=\${cur%%=*}= cur=\${cur#*=}
  fi

  # The command, and how many of its arguments come before the word being completed.
  local i word command="" args=0 skip=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    if [[ -n $skip ]]; then
      [[ $word == "=" ]] || skip=""
      continue
    fi
    case $word in
      -*) [[ $word != *=* ]] && _etr_takes_value "$command" "$word" && skip=1 ;;
      *) if [[ -z $command ]]; then command=$word; else args=$((args + 1)); fi ;;
    esac
  done

  if [[ -z $opt && $prev == -* ]] && _etr_takes_value "$command" "$prev"; then opt=$prev; fi
  if [[ -n $opt ]]; then
${bashCase('$command $opt', values, '    ').join('\n')}
    return 0
  fi
  if [[ $cur == -* ]]; then
    _etr_words "$(
${bashCase('$command', optionWords, '      ').join('\n')}
    )"
    return 0
  fi
  if [[ -z $command ]]; then
    _etr_words ${bashQuote(spec.commands.map((c) => c.name).join(' '))}
    return 0
  fi
${bashCase('$command $args', argValues).join('\n')}
  return 0
}

complete -F _etr ${name}
`;
}

// ----------------------------------------------------------------------------------------- zsh

/** A zsh single-quoted word. */
function zshQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Text inside an _arguments [description]. */
function zshDescription(text: string): string {
  return text.replace(/([\\[\]])/g, '\\$1');
}

function zshAction(values: Values): string {
  switch (values.kind) {
    case 'none':
      return ' ';
    case 'words':
      return `(${values.words.join(' ')})`;
    case 'ids':
      return `_etr_ids ${values.list}`;
    case 'file':
      return '_files';
    case 'dir':
      return '_files -/';
  }
}

function zshOption(option: OptionSpec): string {
  const flags = flagsOf(option);
  const exclusive = flags.length > 1 ? `(${flags.join(' ')})` : '';
  const repeat = option.repeatable ? '*' : '';
  const description = `[${zshDescription(option.description)}]`;
  const value = option.takesValue ? `:${(option.long ?? option.short ?? 'value').replace(/^-+/, '')}:${zshAction(option.values)}` : '';
  if (flags.length > 1) {
    const eq = option.takesValue ? '=' : '';
    // '(-h --help)'{-h,--help}'[…]': each flag with the same description.
    return `${zshQuote(exclusive)}{${flags.map((f) => (f.startsWith('--') ? `${f}${eq}` : f)).join(',')}}${zshQuote(description + value)}`;
  }
  const flag = flags[0]!;
  return zshQuote(`${repeat}${flag}${option.takesValue && flag.startsWith('--') ? '=' : ''}${description}${value}`);
}

function zshScript(spec: CompletionSpec, name: string): string {
  const commands = spec.commands.map((c) => `        ${zshQuote(`${c.name.replace(/:/g, '\\:')}:${c.description}`)}`);
  const perCommand = spec.commands.map((c) => {
    const specs = [...c.options.map(zshOption), ...c.args.map((a, i) => zshQuote(`${i + 1}:${a.name}:${zshAction(a.values)}`))];
    return [`        ${c.name})`, `          _arguments -s -S \\`, ...specs.map((s) => `            ${s} \\`), `            && ret=0`, `          ;;`].join('\n');
  });
  return `#compdef ${name}
# ${name} completion for zsh, generated by \`${name} completion zsh\`.
# Load it in this shell:  source <(${name} completion zsh)     (after compinit)
# Or for every new shell: ${name} completion zsh > "\${fpath[1]}/_${name}"

# Ids of the catalog's roles or domains, with their names: the built-in catalog's, or those of a
# --catalog DIR already on the command line.
_etr_ids() {
  local -a catalog lines ids
  local i=\${words[(I)--catalog]} word
  (( i > 0 && i < \${#words} )) && catalog=(--catalog \${\${(Q)words[i + 1]}/#\\~/\$HOME})
  for word in \$words; do [[ \$word == --catalog=* ]] && catalog=(\$word); done
  lines=(\${(f)"\$(\$_etr_command __ids \$1 \$catalog 2>/dev/null)"})
  ids=(\${lines/\$'\\t'/:})
  _describe -t \$1 \${1%s} ids
}

_etr() {
  local _etr_command=\${words[1]} curcontext=\$curcontext state state_descr line ret=1
  typeset -A opt_args
  _arguments -s -S -C \\
${spec.options.map((o) => `    ${zshOption(o)} \\`).join('\n')}
    '1:command:->command' \\
    '*::argument:->argument' \\
    && ret=0
  case \$state in
    command)
      local -a commands=(
${commands.join('\n')}
      )
      _describe -t commands '${name} command' commands && ret=0
      ;;
    argument)
      curcontext=\${curcontext%:*:*}:${name}-\${words[1]}:
      case \${words[1]} in
${perCommand.join('\n')}
      esac
      ;;
  esac
  return ret
}

if [[ \${funcstack[1]} == _${name} ]]; then
  _etr "\$@"
else
  compdef _etr ${name}
fi
`;
}

// ---------------------------------------------------------------------------------------- fish

function fishQuote(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}

function fishValues(values: Values): string {
  switch (values.kind) {
    case 'none':
      return '-x';
    case 'words':
      return `-x -a ${fishQuote(values.words.join(' '))}`;
    case 'ids':
      return `-x -a ${fishQuote(`(__etr_ids ${values.list})`)}`;
    case 'file':
      return '-r -F';
    case 'dir':
      return `-x -a ${fishQuote('(__fish_complete_directories (commandline -ct))')}`;
  }
}

function fishOption(name: string, condition: string | undefined, option: OptionSpec): string {
  const parts = [`complete -c ${name}`];
  if (condition) parts.push(`-n ${fishQuote(condition)}`);
  if (option.short) parts.push(`-s ${option.short.replace(/^-/, '')}`);
  if (option.long) parts.push(`-l ${option.long.replace(/^--/, '')}`);
  if (option.takesValue) parts.push(fishValues(option.values));
  parts.push(`-d ${fishQuote(option.description)}`);
  return parts.join(' ');
}

function fishScript(spec: CompletionSpec, name: string): string {
  const names = spec.commands.map((c) => c.name).join(' ');
  const noCommand = `not __fish_seen_subcommand_from ${names}`;
  const lines = [
    ...spec.options.map((o) => fishOption(name, noCommand, o)),
    ...spec.commands.map((c) => `complete -c ${name} -n ${fishQuote(noCommand)} -a ${c.name} -d ${fishQuote(c.description)}`),
  ];
  for (const command of spec.commands) {
    const condition = `__fish_seen_subcommand_from ${command.name}`;
    lines.push('', ...command.options.map((o) => fishOption(name, condition, o)));
    // fish has no positions: offer the first argument's values while the command is on the line.
    const first = command.args[0];
    if (first && first.values.kind !== 'none') {
      const values = fishValues(first.values).replace(/^-x /, '');
      lines.push(`complete -c ${name} -n ${fishQuote(condition)} ${values === '-r -F' ? '-F' : values}`);
    }
  }
  return `# ${name} completion for fish, generated by \`${name} completion fish\`.
# Load it in this shell:  ${name} completion fish | source
# Or for every new shell: ${name} completion fish > ~/.config/fish/completions/${name}.fish

# Ids of the catalog's roles or domains, with their names: the built-in catalog's, or those of a
# --catalog DIR already on the command line.
function __etr_ids --argument-names kind
    set -l tokens (commandline -opc)
    set -l catalog
    set -l i (contains -i -- --catalog $tokens)
    if test -n "$i"; and test $i -lt (count $tokens)
        set catalog --catalog $tokens[(math $i + 1)]
    end
    for token in $tokens
        string match -q -- '--catalog=*' $token; and set catalog $token
    end
    $tokens[1] __ids $kind $catalog 2>/dev/null
end

complete -c ${name} -f
${lines.join('\n')}
`;
}
