import { spawn, spawnSync } from 'node:child_process';

/** util-linux `script`, which runs a command on a pseudo-terminal of its own; false where it is missing. */
export const hasScript = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;

/** Text without ANSI escape sequences, as a person reads the screen. */
export function plain(text: string): string {
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, '');
}

export interface PtySession {
  /** Waits until the screen output after the last step shows `pattern`, then types `keys`. */
  step(pattern: RegExp | string, keys: string): Promise<void>;
  /** Everything the program wrote, escapes removed. */
  output(): string;
  /** The exit code once the program ends. */
  exit: Promise<number | null>;
}

/**
 * Runs a shell command on a pseudo-terminal (`script -qfec CMD /dev/null`) and drives it as a
 * person would: each step waits for a prompt, then types. Our pipe to `script` becomes the
 * terminal's input, so typed keys arrive as keystrokes (Enter "\r", arrows "\u001b[B").
 */
export function ptySession(command: string, options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): PtySession {
  // The new terminal has no size (0 columns) unless told one: prompts would wrap at every character.
  const child = spawn('script', ['-qfec', `stty cols 120 rows 40; ${command}`, '/dev/null'], { cwd: options.cwd, env: { ...process.env, TERM: 'xterm-256color', ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let text = '';
  let mark = 0;
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const wake of waiters.splice(0)) wake();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    exit,
    output: () => plain(text),
    async step(pattern, keys) {
      const found = () => {
        const screen = plain(text.slice(mark));
        return typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen);
      };
      const deadline = Date.now() + timeoutMs;
      while (!found()) {
        if (Date.now() > deadline) {
          child.kill();
          throw new Error(`no ${String(pattern)} on the terminal; it shows:\n${plain(text.slice(mark)).slice(-2000)}`);
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      mark = text.length;
      // A moment for the prompt to finish drawing and start reading keys.
      await new Promise((resolve) => setTimeout(resolve, 60));
      child.stdin.write(keys);
    },
  };
}
