/** The machine a run came from, so figures are never quoted without it. */
import os from "node:os";

/** CPU, cores, memory and runtime of this machine. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  release: string;
}

/** Describes the machine the benchmark runs on. */
export function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: os.platform(),
    release: os.release(),
  };
}
