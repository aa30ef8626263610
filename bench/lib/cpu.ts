/**
 * CPU used by each process of a run (load generator, server, Redis), in
 * cores, so that a reader can tell when the 2-core harness itself, not the
 * server, was the limit. Linux only (/proc); elsewhere the figures are null.
 */
import { readFileSync } from "node:fs";

/** CPU seconds used so far by process `pid` (user + system), or null without /proc. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may itself hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat(5), i.e. 11 and 12 after the name; in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Starts measuring `pids`; the returned function gives each one's cores used since. */
export function cpuMeter(pids: Record<string, number | undefined>): () => Record<string, number | null> {
  const start = performance.now();
  const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, pid === undefined ? null : cpuSeconds(pid)]));
  return () => {
    const wall = (performance.now() - start) / 1000;
    return Object.fromEntries(
      Object.entries(pids).map(([k, pid]) => {
        const now = pid === undefined ? null : cpuSeconds(pid);
        const was = before[k] ?? null;
        return [k, now === null || was === null ? null : Math.round(((now - was) / wall) * 100) / 100];
      }),
    );
  };
}
