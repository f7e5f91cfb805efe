import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { etrBinary, repoRoot } from './run-etr.js';

/** Whether python3 is here to make the pipe; the tests that need it are skipped without. */
export const canMakeNonBlockingPipe = spawnSync('python3', ['--version']).status === 0;

/**
 * Runs the etr binary with its standard output on a pipe its parent made non-blocking, which
 * refuses what it cannot hold at once (EAGAIN); python3 makes the pipe and reads it only after a
 * pause, so the pipe is full first. Returns what came through, with the exit status.
 */
export function runEtrIntoNonBlockingPipe(args: readonly string[]): SpawnSyncReturns<string> {
  const script = [
    'import os, subprocess, sys, time',
    'r, w = os.pipe()',
    'os.set_blocking(w, False)',
    'child = subprocess.Popen(sys.argv[1:], stdout=w)',
    'os.close(w)',
    'time.sleep(0.5)',
    'chunks = []',
    'while True:',
    '    chunk = os.read(r, 65536)',
    '    if not chunk: break',
    '    chunks.append(chunk)',
    'sys.stdout.buffer.write(b"".join(chunks))',
    'sys.exit(child.wait())',
  ].join('\n');
  return spawnSync('python3', ['-c', script, process.execPath, etrBinary, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
}

/** The same run with standard output on an ordinary pipe, to compare with. */
export function runEtrDirect(args: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [etrBinary, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
}
