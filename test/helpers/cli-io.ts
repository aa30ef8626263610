/** A captured CLI io for tests: what the command wrote, and a canned standard input. */
import type { CliIo } from "../../cli/io.ts";

/** The io and the text written to each stream so far. */
export interface CapturedIo {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
}

/** An io whose stdin reads `stdin` and whose outputs are kept in memory. */
export function captureIo(stdin = ""): CapturedIo {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      readStdin: async () => stdin,
    },
    stdout: () => out,
    stderr: () => err,
  };
}
