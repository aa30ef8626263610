/** The streams a CLI command writes to, so that tests can capture them. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for `-`). */
  readStdin: () => Promise<string>;
}

/** The process's own streams. */
export const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
};

/** Exit codes: 0 ok, 1 failure at run time, 2 bad input or usage. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** An error the CLI reports as one clear line and an exit code, never a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.usage) {
    super(message);
    this.name = "CliError";
  }
}
