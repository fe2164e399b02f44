// One `claimwatch run --roles ...` child process, as an operator would start it: kill9() is a crash (no drain),
// start() again is the supervisor restarting it. Logs (pino, stderr) and console-sink lines (stdout) are
// handed to listeners with the time they arrived.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');

export interface WorkerProcessOptions {
  name: string;
  roles: string;
  env: Record<string, string>;
  onStdout?: (line: string, at: number) => void;
  onLog?: (line: string, at: number) => void;
}

export class WorkerProcess {
  private proc: ChildProcess | undefined;
  /** Every log line of every run of this worker. */
  readonly logs: string[] = [];
  starts = 0;
  kills = 0;

  constructor(private readonly opts: WorkerProcessOptions) {}

  get name(): string {
    return this.opts.name;
  }

  get pid(): number | undefined {
    return this.proc?.exitCode === null ? this.proc.pid : undefined;
  }

  /** Starts the process and resolves once it logged "claimwatch started" (its workers are listening). */
  async start(timeoutMs = 60_000): Promise<void> {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', HTTP_PORT: '0', ...this.opts.env };
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '--roles', this.opts.roles], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc = proc;
    this.starts += 1;
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    createInterface({ input: proc.stdout! }).on('line', (line) => this.opts.onStdout?.(line, Date.now()));
    createInterface({ input: proc.stderr! }).on('line', (line) => {
      this.logs.push(line);
      this.opts.onLog?.(line, Date.now());
      if (line.includes('"claimwatch started"')) started();
    });
    const exited = once(proc, 'exit').then(([code]) => {
      throw new Error(`${this.name} exited with ${String(code)} before starting; last logs:\n${this.logs.slice(-5).join('\n')}`);
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${this.name} did not start within ${timeoutMs} ms`)), timeoutMs)));
    try {
      await Promise.race([ready, exited, timeout]);
    } finally {
      clearTimeout(timer);
      exited.catch(() => undefined);
    }
  }

  /** A crash: SIGKILL, so nothing is drained, acknowledged or flushed. Synchronous, to land inside a window. */
  crash(): void {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill('SIGKILL');
    this.kills += 1;
  }

  /** crash() and wait until the process is gone. */
  async kill9(): Promise<void> {
    const proc = this.proc;
    if (!proc) return;
    const exited = proc.exitCode !== null || proc.signalCode !== null ? Promise.resolve() : once(proc, 'exit');
    this.crash();
    await exited;
  }

  /** The way an operator stops it: SIGTERM drains the workers; SIGKILL if that takes too long. */
  async stop(graceMs = 15_000): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = once(proc, 'exit');
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
