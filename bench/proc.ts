/**
 * What a benchmark reads about another process from Linux /proc: its CPU time over all its threads
 * and its resident set, sampled while a round runs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's times (`getconf CLK_TCK`, 100 on Linux as a rule). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User plus system CPU time of every thread of `pid` so far, in ms (/proc/<pid>/stat utime + stime). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces), from the third, "state": utime is the 14th, stime the 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Resident set of `pid` now, in MiB (VmRSS of /proc/<pid>/status); 0 once it is gone. */
export function rssMiB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Samples the resident set of `pid` every `everyMs` until stopped; `stop()` answers the largest seen, in MiB. */
export function sampleMaxRss(pid: number, everyMs = 200): { stop(): number } {
  let max = rssMiB(pid);
  const timer = setInterval(() => {
    max = Math.max(max, rssMiB(pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(max, rssMiB(pid));
    },
  };
}
