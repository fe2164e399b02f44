// CPU time and resident memory of a process from /proc (Linux): sampled at the start and end of the measured
// window, RSS also every second to keep its peak.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every mainstream Linux build

export interface ProcSample {
  cpuSeconds: number;
  rssBytes: number;
}

export function sampleProc(pid: number): ProcSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuSeconds: (utime + stime) / TICKS_PER_SECOND, rssBytes: rssKb * 1024 };
}

/** Tracks one process over a window: CPU share of one core and peak RSS. */
export class ProcMeter {
  private readonly start: ProcSample;
  private readonly startedAt = Date.now();
  private peakRss = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.start = sampleProc(pid);
    this.timer = setInterval(() => this.peek(), 1_000);
  }

  private peek(): void {
    try {
      this.peakRss = Math.max(this.peakRss, sampleProc(this.pid).rssBytes);
    } catch {
      /* the process is gone */
    }
  }

  finish(): { cpuShare: number; peakRssMb: number } {
    clearInterval(this.timer);
    this.peek();
    const end = sampleProc(this.pid);
    const seconds = (Date.now() - this.startedAt) / 1000;
    return { cpuShare: (end.cpuSeconds - this.start.cpuSeconds) / seconds, peakRssMb: this.peakRss / 2 ** 20 };
  }
}
